import { asString, defineRule } from '../api';
import { googleDoc, nodeConfigs } from '../shared/gcp-hardening';
import { replaceValue } from '../shared/terraform-edits';
import { attributeOf, memberOf } from '../shared/terraform-evaluated';

const key = 'disable-legacy-endpoints';

export default defineRule({
  id: 'TF-221',
  title: 'Keep the legacy metadata endpoints disabled on GKE nodes',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['1.2'],
  frameworks: { iso27001: ['A.5.16', 'A.8.5'], nist80053: ['IA-9'] },
  docs: {
    rationale:
      'The v0.1 and v1beta1 metadata endpoints answer without the Metadata-Flavor header, so a server-side request ' +
      'forgery in any pod can read the node\'s service account token and instance attributes. GKE disables them on ' +
      'every node (disable-legacy-endpoints = "true", the default since GKE 1.12); node_config metadata setting it to ' +
      '"false" turns them back on.',
    remediation: 'Remove disable-legacy-endpoints from node_config.metadata or set it to "true".',
    links: [
      googleDoc('google_container_node_pool', 'metadata'),
      { title: 'Protecting cluster metadata', url: 'https://cloud.google.com/kubernetes-engine/docs/how-to/protecting-cluster-metadata#disable-legacy-apis' },
    ],
  },
  messages: {
    enabled: 'disable-legacy-endpoints = "{{value}}" re-enables metadata endpoints that answer requests without the Metadata-Flavor header.',
  },
  examples: {
    bad:
      'resource "google_container_node_pool" "apps" {\n  cluster = google_container_cluster.main.id\n  node_config {\n' +
      '    metadata = {\n      disable-legacy-endpoints = "false"\n    }\n  }\n}\n',
    good:
      'resource "google_container_node_pool" "apps" {\n  cluster = google_container_cluster.main.id\n  node_config {\n' +
      '    metadata = {\n      disable-legacy-endpoints = "true"\n    }\n  }\n}\n',
  },
  check({ file, module, report }) {
    for (const config of nodeConfigs(file, module)) {
      const value = memberOf(attributeOf(config, 'metadata'), key);
      const text = value && asString(value.value)?.trim().toLowerCase();
      if (!value || (text !== 'false' && text !== '0')) continue;
      // The provider recreates the node pool to change its metadata.
      const literal = value.literal;
      const title = 'Set disable-legacy-endpoints = "true" (the provider replaces the resource)';
      report({ at: value.at, messageId: 'enabled', data: { value: asString(value.value) ?? '' }, value: value.value, suggest: literal ? [replaceValue(literal, literal.kind === 'bool' ? true : 'true', title)] : [] });
    }
  },
});

import { asBool, asString, defineRule } from '../api';
import { googleDoc, integrity } from '../shared/gcp-hardening';
import { attributeCheck } from '../shared/terraform-attribute-check';

const isOn = (value: Parameters<typeof asBool>[0]) => value !== undefined && value.kind !== 'null' && asBool(value) !== false;

export default defineRule({
  id: 'TF-226',
  title: 'Enforce Binary Authorization on GKE clusters',
  target: 'terraform',
  severity: 'medium',
  // Strict: it needs an attestation policy and pipeline to be useful, and is off by default.
  preset: 'strict',
  requirements: ['4.5'],
  frameworks: integrity('CIS Google Kubernetes Engine (GKE) Benchmark v1.6.0 5.10.4'),
  docs: {
    rationale:
      'Binary Authorization admits only images that the project policy allows (signed by the build pipeline, from ' +
      'approved registries), so an image pushed by an attacker or pulled from an arbitrary registry does not run. It ' +
      'is off unless binary_authorization.evaluation_mode is PROJECT_SINGLETON_POLICY_ENFORCE (or, on older providers, ' +
      'binary_authorization.enabled or enable_binary_authorization, removed in google provider 5.0, is true).',
    remediation: 'Add binary_authorization { evaluation_mode = "PROJECT_SINGLETON_POLICY_ENFORCE" } and define the policy with google_binary_authorization_policy.',
    links: [
      googleDoc('google_container_cluster', 'binary_authorization'),
      { title: 'Binary Authorization overview', url: 'https://cloud.google.com/binary-authorization/docs/overview' },
    ],
  },
  messages: {
    disabled: 'evaluation_mode = "{{mode}}": any image may run in this cluster.',
    missing: 'Binary Authorization is not enforced, so any image may run in this cluster.',
  },
  examples: {
    bad: 'resource "google_container_cluster" "main" {\n  name = "main"\n}\n',
    good:
      'resource "google_container_cluster" "main" {\n  name = "main"\n  binary_authorization {\n' +
      '    evaluation_mode = "PROJECT_SINGLETON_POLICY_ENFORCE"\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['google_container_cluster'],
    path: 'binary_authorization.evaluation_mode',
    compliant: (value) => {
      const mode = asString(value)?.trim().toUpperCase();
      return mode === undefined ? undefined : mode !== 'DISABLED' && mode !== 'EVALUATION_MODE_UNSPECIFIED';
    },
    absent: ({ resource }) => {
      const legacy = [resource.value('enable_binary_authorization'), ...resource.blocks('binary_authorization').map((b) => b.value('enabled'))];
      return legacy.some(isOn) ? 'compliant' : 'insecure';
    },
    messages: { insecure: 'disabled', missing: 'missing' },
    data: (value) => ({ mode: asString(value) ?? '' }),
    // Images without an attestation stop being admitted: a suggestion.
    remedy: { value: 'PROJECT_SINGLETON_POLICY_ENFORCE', title: 'Set evaluation_mode = "PROJECT_SINGLETON_POLICY_ENFORCE"', kind: 'suggest' },
  }),
});

import { asBool, defineRule } from '../api';
import { transportEncryption } from '../shared/azure-transport';
import { removeAttribute } from '../shared/terraform-edits';
import type { Located } from '../shared/terraform-evaluated';
import { eachConnectionSetting } from '../shared/terraform-secrets';

/** Arguments of providers and backends that turn certificate verification off when true (aws, kubernetes, helm, vault, http, vsphere …). */
const offWhenTrue = new Set([
  'insecure', 'skip_tls_verify', 'skip_cert_verification', 'insecure_skip_verify', 'tls_insecure_skip_verify',
  'skip_ssl_verification', 'skip_tls_verification', 'allow_unverified_ssl', 'ssl_skip_verify', 'tls_skip_verify',
]);
/** Arguments that turn it off when false. */
const offWhenFalse = new Set(['verify_ssl', 'ssl_verify', 'tls_verify', 'verify_tls']);

function disables(name: string, located: Located): boolean {
  const flag = asBool(located.value);
  return (offWhenTrue.has(name) && flag === true) || (offWhenFalse.has(name) && flag === false);
}

export default defineRule({
  id: 'TF-510',
  title: 'Verify TLS certificates in provider and backend connections',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['3.2'],
  frameworks: transportEncryption(),
  docs: {
    rationale:
      'A provider or backend that skips certificate verification (aws insecure, kubernetes and helm insecure, vault ' +
      'skip_tls_verify, http backend skip_cert_verification, vsphere allow_unverified_ssl) sends its credentials and the ' +
      'state to whoever answers on the network path: TLS without verification does not authenticate the server.',
    remediation: 'Remove the argument and trust the server certificate instead (cluster_ca_certificate, ca_cert_file, a CA bundle).',
    links: [
      { title: 'AWS provider: insecure', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs#insecure' },
      { title: 'Kubernetes provider: argument reference', url: 'https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs#argument-reference' },
      { title: 'Vault provider: skip_tls_verify', url: 'https://registry.terraform.io/providers/hashicorp/vault/latest/docs#skip_tls_verify' },
    ],
  },
  messages: {
    off: '{{name}} = {{value}} turns off certificate verification for "{{target}}": its credentials and data can be intercepted.',
  },
  examples: {
    bad: 'provider "kubernetes" {\n  host     = "https://k8s.example.com"\n  insecure = true\n}\n',
    good: 'provider "kubernetes" {\n  host                   = "https://k8s.example.com"\n  cluster_ca_certificate = file("ca.pem")\n}\n',
  },
  check({ file, module, report }) {
    eachConnectionSetting(file, module, ({ name, located, target, attribute }) => {
      if (!disables(name, located)) return;
      // A suggestion: with a private CA the connection fails until its certificate is configured.
      const suggest = attribute ? [removeAttribute(file, attribute, 'Verify the server certificate')] : [];
      report({ at: located.at, messageId: 'off', data: { name, value: String(asBool(located.value)), target }, value: located.value, suggest });
    });
  },
});

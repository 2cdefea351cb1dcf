import { asString, defineRule } from '../api';
import { encryptionAtRest } from '../shared/frameworks';
import { cisGke, googleDoc } from '../shared/gcp-hardening';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-227',
  title: 'Encrypt GKE Secrets at the application layer with a Cloud KMS key',
  target: 'terraform',
  severity: 'low',
  // Strict: etcd is already encrypted with Google-managed keys; a KMS key adds control and revocation.
  preset: 'strict',
  requirements: ['3.1'],
  frameworks: encryptionAtRest(cisGke('5.3.1')),
  docs: {
    rationale:
      'GKE encrypts etcd at rest with Google-managed keys. Application-layer secrets encryption (database_encryption ' +
      'with state = "ENCRYPTED" and a Cloud KMS key_name) also wraps every Secret with a key you control, so access to ' +
      'a copy of etcd or a backup does not reveal them and revoking the key makes them unreadable. The default state ' +
      'is DECRYPTED.',
    remediation: 'Add database_encryption { state = "ENCRYPTED", key_name = <Cloud KMS key id> } and grant the GKE service agent the encrypter/decrypter role on the key.',
    links: [
      googleDoc('google_container_cluster', 'database_encryption'),
      { title: 'Encrypt secrets at the application layer', url: 'https://cloud.google.com/kubernetes-engine/docs/how-to/encrypting-secrets' },
    ],
  },
  messages: {
    decrypted: 'database_encryption.state = "{{state}}": Secrets are not encrypted with a key you control.',
    missing: 'No application-layer secrets encryption: Secrets are encrypted only with Google-managed keys.',
  },
  examples: {
    bad: 'resource "google_container_cluster" "main" {\n  name = "main"\n}\n',
    good:
      'resource "google_container_cluster" "main" {\n  name = "main"\n  database_encryption {\n    state    = "ENCRYPTED"\n' +
      '    key_name = google_kms_crypto_key.gke.id\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['google_container_cluster'],
    path: 'database_encryption.state',
    compliant: (value) => {
      const state = asString(value)?.trim().toUpperCase();
      return state === undefined ? undefined : state === 'ENCRYPTED';
    },
    absent: 'insecure',
    messages: { insecure: 'decrypted', missing: 'missing' },
    data: (value) => ({ state: asString(value) ?? '' }),
  }),
});

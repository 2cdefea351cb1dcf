import { defineRule } from '../api';
import { keyManagement } from '../shared/frameworks';
import { googleDoc } from '../shared/gcp-hardening';
import { isNamed } from '../shared/gcp-services';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-284',
  title: 'Encrypt Cloud Storage buckets with a customer-managed key by default',
  target: 'terraform',
  severity: 'low',
  // Strict: objects are always encrypted with Google-managed keys; a customer-managed key adds control, not encryption.
  preset: 'strict',
  requirements: ['3.1'],
  frameworks: keyManagement(),
  docs: {
    rationale:
      'Without encryption.default_kms_key_name, objects written to the bucket are encrypted with Google-managed keys: ' +
      'access to them cannot be revoked by disabling a key, and key use does not show in Cloud KMS audit logs.',
    remediation: 'Add encryption { default_kms_key_name = <Cloud KMS key> } and grant the Cloud Storage service agent roles/cloudkms.cryptoKeyEncrypterDecrypter on the key.',
    links: [googleDoc('google_storage_bucket', 'encryption'), { title: 'Use customer-managed encryption keys', url: 'https://cloud.google.com/storage/docs/encryption/using-customer-managed-keys' }],
  },
  messages: {
    empty: 'default_kms_key_name is empty, so objects use Google-managed keys.',
    missing: 'The bucket has no default customer-managed key, so its objects use Google-managed keys.',
  },
  examples: {
    bad: 'resource "google_storage_bucket" "data" {\n  name     = "acme-data"\n  location = "EU"\n}\n',
    good: 'resource "google_storage_bucket" "data" {\n  name     = "acme-data"\n  location = "EU"\n  encryption {\n    default_kms_key_name = google_kms_crypto_key.data.id\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['google_storage_bucket'],
    path: 'encryption.default_kms_key_name',
    compliant: isNamed,
    absent: 'insecure',
    messages: { insecure: 'empty', missing: 'missing' },
  }),
});

import { defineRule } from '../api';
import { keyManagement } from '../shared/frameworks';
import { googleDoc } from '../shared/gcp-hardening';
import { isNamed } from '../shared/gcp-services';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-247',
  title: 'Encrypt BigQuery datasets with a customer-managed key by default',
  target: 'terraform',
  severity: 'low',
  // Strict: BigQuery always encrypts with Google-managed keys; a customer-managed key adds control, not encryption.
  preset: 'strict',
  requirements: ['3.1'],
  frameworks: keyManagement(),
  docs: {
    rationale:
      'Without default_encryption_configuration, tables of the dataset are encrypted with Google-managed keys: access to ' +
      'the data cannot be revoked by disabling a key, and key use does not appear in Cloud KMS audit logs. A default ' +
      'Cloud KMS key applies to every table created in the dataset that does not name its own.',
    remediation: 'Add default_encryption_configuration { kms_key_name = <Cloud KMS key id> } and grant the BigQuery service agent roles/cloudkms.cryptoKeyEncrypterDecrypter on it.',
    links: [googleDoc('google_bigquery_dataset', 'default_encryption_configuration'), { title: 'Customer-managed Cloud KMS keys', url: 'https://cloud.google.com/bigquery/docs/customer-managed-encryption' }],
  },
  messages: {
    empty: 'kms_key_name is empty, so tables use Google-managed keys.',
    missing: 'The dataset has no default customer-managed key, so its tables use Google-managed keys.',
  },
  examples: {
    bad: 'resource "google_bigquery_dataset" "sales" {\n  dataset_id = "sales"\n}\n',
    good:
      'resource "google_bigquery_dataset" "sales" {\n  dataset_id = "sales"\n  default_encryption_configuration {\n' +
      '    kms_key_name = google_kms_crypto_key.bq.id\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['google_bigquery_dataset'],
    path: 'default_encryption_configuration.kms_key_name',
    compliant: isNamed,
    absent: 'insecure',
    messages: { insecure: 'empty', missing: 'missing' },
  }),
});

import { defineRule } from '../api';
import { keyManagement } from '../shared/frameworks';
import { googleDoc } from '../shared/gcp-hardening';
import { isNamed } from '../shared/gcp-services';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-264',
  title: 'Encrypt Pub/Sub topics with a customer-managed key',
  target: 'terraform',
  severity: 'low',
  // Strict: messages are always encrypted with Google-managed keys; a customer-managed key adds control, not encryption.
  preset: 'strict',
  requirements: ['3.1'],
  frameworks: keyManagement(),
  docs: {
    rationale:
      'Without kms_key_name, messages retained by a Pub/Sub topic and its subscriptions are encrypted with Google-managed ' +
      'keys: access to them cannot be cut off by disabling a key, and key use does not show in Cloud KMS audit logs.',
    remediation: 'Set kms_key_name to a Cloud KMS key and grant the Pub/Sub service agent roles/cloudkms.cryptoKeyEncrypterDecrypter on it.',
    links: [googleDoc('google_pubsub_topic', 'kms_key_name'), { title: 'Configure message encryption', url: 'https://cloud.google.com/pubsub/docs/encryption' }],
  },
  messages: {
    empty: 'kms_key_name is empty, so messages use Google-managed keys.',
    missing: 'The topic has no customer-managed key, so its messages use Google-managed keys.',
  },
  examples: {
    bad: 'resource "google_pubsub_topic" "events" {\n  name = "events"\n}\n',
    good: 'resource "google_pubsub_topic" "events" {\n  name         = "events"\n  kms_key_name = google_kms_crypto_key.pubsub.id\n}\n',
  },
  check: attributeCheck({
    resources: ['google_pubsub_topic'],
    path: 'kms_key_name',
    compliant: isNamed,
    absent: 'insecure',
    messages: { insecure: 'empty', missing: 'missing' },
  }),
});

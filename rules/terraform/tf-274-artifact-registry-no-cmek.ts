import { defineRule } from '../api';
import { keyManagement } from '../shared/frameworks';
import { googleDoc } from '../shared/gcp-hardening';
import { isNamed } from '../shared/gcp-services';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-274',
  title: 'Encrypt Artifact Registry repositories with a customer-managed key',
  target: 'terraform',
  severity: 'low',
  // Strict: artifacts are always encrypted with Google-managed keys; a customer-managed key adds control, not encryption.
  preset: 'strict',
  requirements: ['3.1'],
  frameworks: keyManagement(),
  docs: {
    rationale:
      'Without kms_key_name the images and packages of a repository are encrypted with Google-managed keys: access to ' +
      'them cannot be revoked by disabling a key, and key use does not show in Cloud KMS audit logs. The key can only ' +
      'be set when the repository is created.',
    remediation: 'Set kms_key_name to a Cloud KMS key in the repository\'s location and grant the Artifact Registry service agent roles/cloudkms.cryptoKeyEncrypterDecrypter (the repository is recreated).',
    links: [googleDoc('google_artifact_registry_repository', 'kms_key_name'), { title: 'Enable customer-managed encryption keys', url: 'https://cloud.google.com/artifact-registry/docs/cmek' }],
  },
  messages: {
    empty: 'kms_key_name is empty, so artifacts use Google-managed keys.',
    missing: 'The repository has no customer-managed key, so its artifacts use Google-managed keys.',
  },
  examples: {
    bad: 'resource "google_artifact_registry_repository" "images" {\n  repository_id = "images"\n  format        = "DOCKER"\n}\n',
    good: 'resource "google_artifact_registry_repository" "images" {\n  repository_id = "images"\n  format        = "DOCKER"\n  kms_key_name  = google_kms_crypto_key.registry.id\n}\n',
  },
  check: attributeCheck({
    resources: ['google_artifact_registry_repository'],
    path: 'kms_key_name',
    compliant: isNamed,
    absent: 'insecure',
    messages: { insecure: 'empty', missing: 'missing' },
  }),
});

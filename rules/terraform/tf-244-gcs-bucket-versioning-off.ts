import { defineRule } from '../api';
import { googleDoc, recovery } from '../shared/gcp-hardening';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-244',
  title: 'Enable object versioning on Cloud Storage buckets',
  target: 'terraform',
  severity: 'low',
  // Strict: off by default, and buckets of caches or build artefacts do not need it; soft delete keeps deleted objects 7 days.
  preset: 'strict',
  requirements: ['8.3'],
  frameworks: recovery(),
  docs: {
    rationale:
      'Without versioning, an object overwritten or deleted by mistake, by a compromised writer or by ransomware is gone ' +
      'once the soft-delete window ends, and a Terraform state bucket loses its earlier states. versioning.enabled ' +
      'defaults to false.',
    remediation: 'Add versioning { enabled = true } and a lifecycle_rule that deletes noncurrent versions after a retention period.',
    links: [googleDoc('google_storage_bucket', 'versioning'), { title: 'Object Versioning', url: 'https://cloud.google.com/storage/docs/object-versioning' }],
  },
  messages: {
    disabled: 'versioning.enabled = false: overwritten and deleted objects cannot be recovered.',
    missing: 'Versioning is not enabled, so overwritten and deleted objects cannot be recovered.',
  },
  examples: {
    bad: 'resource "google_storage_bucket" "data" {\n  name     = "acme-data"\n  location = "EU"\n}\n',
    good: 'resource "google_storage_bucket" "data" {\n  name     = "acme-data"\n  location = "EU"\n  versioning {\n    enabled = true\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['google_storage_bucket'],
    // Noncurrent versions cost storage: a suggestion.
    ...mustBeTrue('versioning.enabled'),
    absent: 'insecure',
    messages: { insecure: 'disabled', missing: 'missing' },
  }),
});

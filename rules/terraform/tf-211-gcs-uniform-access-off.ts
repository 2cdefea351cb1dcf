import { defineRule } from '../api';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-211',
  title: 'Enable uniform bucket-level access on Cloud Storage buckets',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['2.1', '1.3'],
  frameworks: { iso27001: ['A.8.3', 'A.5.15'], nist80053: ['AC-3', 'AC-6'] },
  docs: {
    rationale:
      'Without uniform bucket-level access, every object can carry its own ACL next to the bucket IAM policy, so an ' +
      'object made public by an upload or a script stays public while the bucket policy looks private, and access ' +
      'reviews have to read ACLs object by object. The provider default of uniform_bucket_level_access is false, ' +
      'unless an organization policy enforces it.',
    remediation:
      'Set uniform_bucket_level_access = true after moving what object ACLs granted into IAM bindings on the bucket ' +
      '(it can be turned off again within 90 days).',
    links: [
      { title: 'google_storage_bucket', url: 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket#uniform_bucket_level_access' },
      { title: 'Uniform bucket-level access', url: 'https://cloud.google.com/storage/docs/uniform-bucket-level-access' },
    ],
  },
  messages: {
    disabled: 'uniform_bucket_level_access = false lets objects carry their own ACLs beside the bucket IAM policy.',
    missing: 'uniform_bucket_level_access is not set, so objects of this bucket can carry their own ACLs.',
  },
  examples: {
    bad: 'resource "google_storage_bucket" "data" {\n  name     = "acme-data"\n  location = "EU"\n}\n',
    good: 'resource "google_storage_bucket" "data" {\n  name                        = "acme-data"\n  location                    = "EU"\n  uniform_bucket_level_access = true\n}\n',
  },
  check: attributeCheck({
    resources: ['google_storage_bucket'],
    // Clients that rely on object ACLs lose access: a suggestion.
    ...mustBeTrue('uniform_bucket_level_access'),
    absent: 'insecure',
    messages: { insecure: 'disabled', missing: 'missing' },
  }),
});

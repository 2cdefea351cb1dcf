import { asString, defineRule } from '../api';
import { exposure, googleDoc } from '../shared/gcp-hardening';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-245',
  title: 'Enforce public access prevention on Cloud Storage buckets',
  target: 'terraform',
  severity: 'low',
  // Strict: "inherited" is safe under the organization policy storage.publicAccessPrevention, which the configuration does not show.
  preset: 'strict',
  requirements: ['2.1'],
  frameworks: exposure(),
  docs: {
    rationale:
      'With public_access_prevention "inherited" (the value when it is not set) a bucket can be made public by one IAM ' +
      'binding or ACL to allUsers or allAuthenticatedUsers, unless an organization policy enforces prevention. ' +
      '"enforced" refuses such grants, so a mistaken binding cannot publish the data.',
    remediation: 'Set public_access_prevention = "enforced" on buckets that are not meant to serve public content.',
    links: [googleDoc('google_storage_bucket', 'public_access_prevention'), { title: 'Public access prevention', url: 'https://cloud.google.com/storage/docs/public-access-prevention' }],
  },
  messages: {
    inherited: 'public_access_prevention = "{{value}}": the bucket can still be made public.',
    missing: 'public_access_prevention is not "enforced", so the bucket can be made public by one IAM binding.',
  },
  examples: {
    bad: 'resource "google_storage_bucket" "data" {\n  name     = "acme-data"\n  location = "EU"\n}\n',
    good: 'resource "google_storage_bucket" "data" {\n  name                     = "acme-data"\n  location                 = "EU"\n  public_access_prevention = "enforced"\n}\n',
  },
  check: attributeCheck({
    resources: ['google_storage_bucket'],
    path: 'public_access_prevention',
    compliant: (value) => {
      const text = asString(value);
      return text === undefined ? undefined : text.trim().toLowerCase() === 'enforced';
    },
    absent: 'insecure',
    data: (value) => ({ value: asString(value) ?? '' }),
    // Public grants on the bucket stop working: a suggestion.
    remedy: { value: 'enforced', title: 'Set public_access_prevention = "enforced"', kind: 'suggest' },
    messages: { insecure: 'inherited', missing: 'missing' },
  }),
});

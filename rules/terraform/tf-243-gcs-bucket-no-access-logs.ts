import { defineRule } from '../api';
import { auditLogging, googleDoc } from '../shared/gcp-hardening';
import { isNamed } from '../shared/gcp-services';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-243',
  title: 'Write usage logs of Cloud Storage buckets to a log bucket',
  target: 'terraform',
  severity: 'low',
  // Strict: Data Access audit logs cover the same reads when enabled, and log buckets themselves need no usage logs.
  preset: 'strict',
  requirements: ['6.1'],
  frameworks: auditLogging(),
  docs: {
    rationale:
      'Without a logging block a bucket writes no usage logs, so who downloaded which object from where is only known ' +
      'if Data Access audit logs are on for Cloud Storage, which they are not by default. Usage logs go to a log_bucket ' +
      'hourly and cost nothing beyond their storage.',
    remediation: 'Add logging { log_bucket = <bucket name> } pointing at a dedicated, access-restricted log bucket, or enable Data Access audit logs for storage.googleapis.com.',
    links: [googleDoc('google_storage_bucket', 'logging'), { title: 'Usage logs and storage logs', url: 'https://cloud.google.com/storage/docs/access-logs' }],
  },
  messages: {
    empty: 'log_bucket is empty, so the bucket writes no usage logs.',
    missing: 'The bucket has no logging block, so no usage logs are written.',
  },
  examples: {
    bad: 'resource "google_storage_bucket" "data" {\n  name     = "acme-data"\n  location = "EU"\n}\n',
    good: 'resource "google_storage_bucket" "data" {\n  name     = "acme-data"\n  location = "EU"\n  logging {\n    log_bucket = "acme-logs"\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['google_storage_bucket'],
    path: 'logging.log_bucket',
    compliant: isNamed,
    absent: 'insecure',
    messages: { insecure: 'empty', missing: 'missing' },
  }),
});

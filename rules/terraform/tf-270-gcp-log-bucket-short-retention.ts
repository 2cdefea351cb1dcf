import { asNumber, defineRule } from '../api';
import { googleDoc } from '../shared/gcp-hardening';
import { attributeCheck } from '../shared/terraform-attribute-check';

/** Cloud Logging keeps log entries of a bucket 30 days when retention_days is not set. */
const defaultDays = 30;

export default defineRule({
  id: 'TF-270',
  title: 'Keep Cloud Logging buckets for the minimum retention period',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['6.2'],
  frameworks: { iso27001: ['A.8.15'], nist80053: ['AU-11'] },
  docs: {
    rationale:
      'A Cloud Logging bucket deletes entries after retention_days, 30 when not set (the _Required bucket, fixed at 400 ' +
      'days, cannot be configured): audit and application logs are gone before most incidents are noticed, and ' +
      'investigations and audits need them for months.',
    remediation: 'Set retention_days to at least the team minimum (90 days unless configured), or route logs to a sink with longer retention.',
    links: [googleDoc('google_logging_project_bucket_config', 'retention_days'), { title: 'Configure log buckets', url: 'https://cloud.google.com/logging/docs/buckets' }],
  },
  messages: {
    short: 'retention_days = {{days}} deletes log entries before the minimum of {{minimum}} days.',
    missing: 'retention_days is not set, so the bucket keeps log entries only 30 days, less than the minimum retention.',
  },
  examples: {
    bad: 'resource "google_logging_project_bucket_config" "default" {\n  project   = "acme-prod"\n  location  = "global"\n  bucket_id = "_Default"\n}\n',
    good: 'resource "google_logging_project_bucket_config" "default" {\n  project        = "acme-prod"\n  location       = "global"\n  bucket_id      = "_Default"\n  retention_days = 365\n}\n',
  },
  options: {
    minimumDays: {
      type: 'number',
      default: 90,
      integer: true,
      minimum: 1,
      description: 'Fewest days a log bucket must keep its entries.',
    },
  },
  check: attributeCheck({
    resources: ['google_logging_project_bucket_config', 'google_logging_folder_bucket_config', 'google_logging_organization_bucket_config', 'google_logging_billing_account_bucket_config'],
    path: 'retention_days',
    compliant: (value, { options }) => {
      const days = asNumber(value);
      return days === undefined ? undefined : days >= (options.minimumDays as number);
    },
    absent: ({ options }) => (defaultDays >= (options.minimumDays as number) ? 'compliant' : 'insecure'),
    data: (value, { options }) => ({ days: asNumber(value) ?? '', minimum: options.minimumDays as number }),
    // Safe unattended: keeping logs longer only costs storage.
    remedy: { value: ({ options }) => options.minimumDays as number, title: 'Raise retention_days to the minimum', kind: 'fix' },
    messages: { insecure: 'short', missing: 'missing' },
  }),
});

import { asNumber, defineRule } from '../api';
import { attributeCheck } from '../shared/terraform-attribute-check';

/** The retention periods CloudWatch Logs accepts, in days (`0`: never expire). */
const allowedDays = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];

export default defineRule({
  id: 'TF-022',
  title: 'Keep CloudWatch log groups for the minimum retention period',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['6.2'],
  frameworks: { iso27001: ['A.8.15'], nist80053: ['AU-11'] },
  docs: {
    rationale:
      'Logs deleted after a few days are gone before most incidents are noticed, and investigations and audits need ' +
      'them for months. A log group without retention_in_days (or with 0) keeps its events forever, which meets the ' +
      'requirement.',
    remediation: 'Set retention_in_days to at least the team minimum (90 days unless configured), or remove it to keep events forever.',
    links: [
      {
        title: 'aws_cloudwatch_log_group',
        url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_log_group#retention_in_days',
      },
      { title: 'PutRetentionPolicy', url: 'https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutRetentionPolicy.html' },
    ],
  },
  messages: {
    short: 'retention_in_days = {{days}} deletes log events before the minimum of {{minimum}} days.',
    missing: 'This log group keeps its events for less than the minimum retention.',
  },
  examples: {
    bad: 'resource "aws_cloudwatch_log_group" "app" {\n  name              = "/app"\n  retention_in_days = 7\n}\n',
    good: 'resource "aws_cloudwatch_log_group" "app" {\n  name              = "/app"\n  retention_in_days = 365\n}\n',
  },
  options: {
    minimumDays: {
      type: 'number',
      default: 90,
      integer: true,
      minimum: 1,
      description: 'Fewest days a log group must keep its events; 0 (never expire) always meets it.',
    },
  },
  check: attributeCheck({
    resources: ['aws_cloudwatch_log_group'],
    path: 'retention_in_days',
    compliant: (value, { options }) => {
      const days = asNumber(value);
      return days === undefined ? undefined : days === 0 || days >= (options.minimumDays as number);
    },
    absent: 'compliant',
    messages: { insecure: 'short', missing: 'missing' },
    data: (value, { options }) => ({ days: asNumber(value) ?? '', minimum: options.minimumDays as number }),
    // Safe unattended: keeping logs longer only costs storage.
    remedy: {
      value: ({ options }) => allowedDays.find((days) => days >= (options.minimumDays as number)),
      title: 'Raise retention_in_days to the minimum',
      kind: 'fix',
    },
  }),
});

import rule from '../../../rules/terraform/tf-270-gcp-log-bucket-short-retention';
import type { AnyRule } from '../../../rules/api';
import { withOptions } from '../../helpers/rule-options';
import { ruleTester } from '../../helpers/rule-tester';

const bucket = (body: string, type = 'google_logging_project_bucket_config') =>
  `resource "${type}" "default" {\n  project   = "acme-prod"\n  location  = "global"\n  bucket_id = "_Default"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'a year', code: bucket('  retention_days = 365\n') },
    { name: 'exactly the minimum', code: bucket('  retention_days = 90\n') },
    { name: 'not known before apply', code: bucket('  retention_days = var.days\n') },
  ],
  bad: [
    { name: 'not set: 30 days', code: bucket(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 58, output: bucket('  retention_days = 90\n') }] },
    { name: 'a week', code: bucket('  retention_days = 7\n'), findings: [{ messageId: 'short', line: 5, column: 20, endColumn: 21, output: bucket('  retention_days = 90\n') }] },
    {
      name: 'folder bucket, short from a variable default',
      code: bucket('  retention_days = var.days\n', 'google_logging_folder_bucket_config'),
      files: { 'variables.tf': 'variable "days" {\n  default = 30\n}\n' },
      findings: [{ messageId: 'short', line: 5, column: 20, endColumn: 28, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"google_logging_project_bucket_config": {"b": {"bucket_id": "_Default", "retention_days": 30}}}}\n',
      findings: [{ messageId: 'short', line: 1, output: '{"resource": {"google_logging_project_bucket_config": {"b": {"bucket_id": "_Default", "retention_days": 90}}}}\n' }],
    },
  ],
});

// With a team minimum of 30 days, the default retention is enough.
const [monthly] = withOptions([rule as unknown as AnyRule], { 'TF-270': { minimumDays: 30 } });

ruleTester(monthly, {
  good: [{ name: 'default retention meets a 30-day minimum', code: bucket('') }],
  bad: [{ name: 'a week is still short', code: bucket('  retention_days = 7\n'), findings: [{ messageId: 'short', line: 5, output: bucket('  retention_days = 30\n') }] }],
});

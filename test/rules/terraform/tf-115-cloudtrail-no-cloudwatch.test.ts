import rule from '../../../rules/terraform/tf-115-cloudtrail-no-cloudwatch';
import { ruleTester } from '../../helpers/rule-tester';

const trail = (body: string) => `resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = "audit-logs"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'log group from a resource', code: trail('  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"\n  cloud_watch_logs_role_arn  = aws_iam_role.trail.arn\n') },
    { name: 'log group from a variable without a value', code: trail('  cloud_watch_logs_group_arn = var.group\n'), files: { 'variables.tf': 'variable "group" {}\n' } },
    { name: 'JSON syntax, log group set', filename: 'main.tf.json', code: '{"resource": {"aws_cloudtrail": {"main": {"cloud_watch_logs_group_arn": "arn:aws:logs:eu-west-1:111122223333:log-group:trail:*"}}}}\n' },
  ],
  bad: [
    { name: 'no log group', code: trail(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 33 }] },
    { name: 'empty log group', code: trail('  cloud_watch_logs_group_arn = ""\n'), findings: [{ messageId: 'empty', line: 4, column: 32, endColumn: 34 }] },
    {
      name: 'variable defaulting to null: reported at the use',
      code: trail('  cloud_watch_logs_group_arn = var.group\n'),
      files: { 'variables.tf': 'variable "group" {\n  default = null\n}\n' },
      findings: [{ messageId: 'missing', line: 4, column: 32, endColumn: 41, related: ['variables.tf:2:13'] }],
    },
    { name: 'JSON syntax, no log group', filename: 'main.tf.json', code: '{"resource": {"aws_cloudtrail": {"main": {"name": "main"}}}}\n', findings: [{ messageId: 'missing', line: 1, column: 34, endColumn: 40 }] },
  ],
});

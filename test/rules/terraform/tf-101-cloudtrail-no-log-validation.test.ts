import rule from '../../../rules/terraform/tf-101-cloudtrail-no-log-validation';
import { ruleTester } from '../../helpers/rule-tester';

const trail = (body: string) => `resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = "audit-logs"\n${body}}\n`;
const fixed = trail('  enable_log_file_validation = true\n');

ruleTester(rule, {
  good: [
    { name: 'validation enabled', code: fixed },
    { name: 'not known before apply', code: trail('  enable_log_file_validation = var.validate\n'), files: { 'variables.tf': 'variable "validate" {}\n' } },
    { name: 'true through a local', code: trail('  enable_log_file_validation = local.validate\n'), files: { 'locals.tf': 'locals {\n  validate = true\n}\n' } },
    { name: 'count from a variable, enabled', code: trail('  count                      = var.enabled ? 1 : 0\n  enable_log_file_validation = true\n') },
    { name: 'JSON syntax, enabled', filename: 'main.tf.json', code: '{"resource": {"aws_cloudtrail": {"main": {"name": "main", "enable_log_file_validation": true}}}}\n' },
  ],
  bad: [
    {
      name: 'absent: fixed unattended',
      code: trail(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 33, output: fixed }],
    },
    {
      name: 'explicit false',
      code: trail('  enable_log_file_validation = false\n'),
      findings: [{ messageId: 'disabled', line: 4, column: 32, endColumn: 37, output: fixed }],
    },
    {
      name: 'false from terraform.tfvars',
      code: trail('  enable_log_file_validation = var.validate\n'),
      files: { 'variables.tf': 'variable "validate" {\n  default = true\n}\n', 'terraform.tfvars': 'validate = false\n' },
      findings: [{ messageId: 'disabled', line: 4, column: 32, endColumn: 44, related: ['terraform.tfvars:1:12'] }],
    },
    {
      name: 'JSON syntax, false',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_cloudtrail": {"main": {"name": "main", "enable_log_file_validation": false}}}}\n',
      findings: [{ messageId: 'disabled', line: 1, column: 89, endColumn: 94, output: '{"resource": {"aws_cloudtrail": {"main": {"name": "main", "enable_log_file_validation": true}}}}\n' }],
    },
  ],
});

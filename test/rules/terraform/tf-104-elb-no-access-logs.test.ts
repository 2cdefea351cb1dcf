import rule from '../../../rules/terraform/tf-104-elb-no-access-logs';
import { ruleTester } from '../../helpers/rule-tester';

const elb = (body: string) => `resource "aws_elb" "web" {\n  name = "web"\n${body}}\n`;
const logs = (extra: string) => `  access_logs {\n    bucket  = aws_s3_bucket.logs.id\n${extra}  }\n`;

ruleTester(rule, {
  good: [
    { name: 'access_logs block: enabled defaults to true', code: elb(logs('')) },
    { name: 'explicitly enabled', code: elb(logs('    enabled = true\n')) },
    { name: 'enabled not known before apply', code: elb(logs('    enabled = var.logs\n')), files: { 'variables.tf': 'variable "logs" {}\n' } },
    { name: 'dynamic block from an unknown collection', code: elb('  dynamic "access_logs" {\n    for_each = var.access_logs\n    content {\n      bucket = access_logs.value\n    }\n  }\n') },
    { name: 'JSON syntax, block present', filename: 'main.tf.json', code: '{"resource": {"aws_elb": {"web": {"access_logs": {"bucket": "logs"}}}}}\n' },
  ],
  bad: [
    { name: 'no access_logs block', code: elb(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 25, suggestions: [] }] },
    {
      name: 'enabled = false',
      code: elb(logs('    enabled = false\n')),
      findings: [{ messageId: 'disabled', line: 5, column: 15, endColumn: 20, suggestions: [{ title: 'Enable the access logs', output: elb(logs('    enabled = true\n')) }] }],
    },
    {
      name: 'false from a local',
      code: elb(logs('    enabled = local.logs\n')),
      files: { 'locals.tf': 'locals {\n  logs = false\n}\n' },
      findings: [{ messageId: 'disabled', line: 5, column: 15, endColumn: 25, related: ['locals.tf:2:10'] }],
    },
    {
      name: 'JSON syntax, block absent',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_elb": {"web": {"name": "web"}}}}\n',
      findings: [{ messageId: 'missing', line: 1, column: 27, endColumn: 32 }],
    },
  ],
});

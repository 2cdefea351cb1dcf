import rule from '../../../rules/terraform/tf-103-lb-no-access-logs';
import { ruleTester } from '../../helpers/rule-tester';

const lb = (body: string, type = 'aws_lb') => `resource "${type}" "web" {\n  name = "web"\n${body}}\n`;
const logs = (enabled: string) => `  access_logs {\n    bucket  = aws_s3_bucket.logs.id\n    enabled = ${enabled}\n  }\n`;
const title = 'Enable the access logs';

ruleTester(rule, {
  good: [
    { name: 'access logs enabled', code: lb(logs('true')) },
    { name: 'aws_alb alias, enabled', code: lb(logs('true'), 'aws_alb') },
    { name: 'explicit application type, enabled', code: lb(`  load_balancer_type = "application"\n${logs('true')}`) },
    { name: 'network load balancer: logs only TLS listeners, not decided', code: lb('  load_balancer_type = "network"\n') },
    { name: 'gateway load balancer has no access logs', code: lb('  load_balancer_type = "gateway"\n') },
    { name: 'type not known before apply', code: lb('  load_balancer_type = var.type\n'), files: { 'variables.tf': 'variable "type" {}\n' } },
    { name: 'enabled not known before apply', code: lb(logs('var.logs')), files: { 'variables.tf': 'variable "logs" {}\n' } },
    { name: 'dynamic block from an unknown collection', code: lb('  dynamic "access_logs" {\n    for_each = var.access_logs\n    content {\n      bucket  = access_logs.value.bucket\n      enabled = false\n    }\n  }\n') },
    { name: 'count = 0', code: lb('  count = 0\n') },
    { name: 'JSON syntax, enabled', filename: 'main.tf.json', code: '{"resource": {"aws_lb": {"web": {"access_logs": {"bucket": "logs", "enabled": true}}}}}\n' },
  ],
  bad: [
    { name: 'no access_logs block: no edit without a bucket', code: lb(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 24, suggestions: [] }] },
    { name: 'aws_alb without the block', code: lb('', 'aws_alb'), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 25 }] },
    {
      name: 'a bucket but enabled left at its default',
      code: lb('  access_logs {\n    bucket = aws_s3_bucket.logs.id\n  }\n'),
      findings: [{ messageId: 'missing', line: 3, column: 3, endColumn: 14, suggestions: [{ title, output: lb('  access_logs {\n    bucket = aws_s3_bucket.logs.id\n    enabled = true\n  }\n') }] }],
    },
    {
      name: 'enabled = false',
      code: lb(logs('false')),
      findings: [{ messageId: 'disabled', line: 5, column: 15, endColumn: 20, suggestions: [{ title, output: lb(logs('true')) }] }],
    },
    {
      name: 'false from a variable default',
      code: lb(logs('var.logs')),
      files: { 'variables.tf': 'variable "logs" {\n  default = false\n}\n' },
      findings: [{ messageId: 'disabled', line: 5, column: 15, endColumn: 23, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'dynamic block from a known list: the value in the list',
      code: lb('  dynamic "access_logs" {\n    for_each = [{ bucket = "logs", enabled = false }]\n    content {\n      bucket  = access_logs.value.bucket\n      enabled = access_logs.value.enabled\n    }\n  }\n'),
      findings: [{ messageId: 'disabled', line: 7, column: 17, endColumn: 42, related: [':4:46'] }],
    },
    {
      name: 'JSON syntax, block absent',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_lb": {"web": {"name": "web"}}}}\n',
      findings: [{ messageId: 'missing', line: 1, column: 26, endColumn: 31 }],
    },
  ],
});

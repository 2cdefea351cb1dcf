import rule from '../../../rules/terraform/tf-325-alb-invalid-headers-kept';
import { ruleTester } from '../../helpers/rule-tester';

const lb = (body: string) => `resource "aws_lb" "web" {\n  name = "web"\n${body}}\n`;
const title = 'Set drop_invalid_header_fields = true';

ruleTester(rule, {
  good: [
    { name: 'headers dropped', code: lb('  drop_invalid_header_fields = true\n') },
    { name: 'network load balancer', code: lb('  load_balancer_type = "network"\n') },
    { name: 'gateway load balancer with the flag false', code: lb('  load_balancer_type         = "gateway"\n  drop_invalid_header_fields = false\n') },
    { name: 'type not known before apply', code: lb('  load_balancer_type = var.type\n') },
    { name: 'flag from a variable without a value', code: lb('  drop_invalid_header_fields = var.drop\n'), files: { 'variables.tf': 'variable "drop" {}\n' } },
    { name: 'count = 0', code: lb('  count = 0\n') },
    { name: 'JSON syntax, dropped', filename: 'main.tf.json', code: '{\n  "resource": {\n    "aws_lb": {\n      "web": { "drop_invalid_header_fields": true }\n    }\n  }\n}\n' },
  ],
  bad: [
    { name: 'absent on a default (application) load balancer', code: lb(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 24, suggestions: [{ title, output: lb('  drop_invalid_header_fields = true\n') }] }] },
    {
      name: 'false on an application load balancer',
      code: lb('  load_balancer_type         = "application"\n  drop_invalid_header_fields = false\n'),
      findings: [{ messageId: 'kept', line: 4, column: 32, endColumn: 37, suggestions: [{ title, output: lb('  load_balancer_type         = "application"\n  drop_invalid_header_fields = true\n') }] }],
    },
    { name: 'aws_alb alias', code: 'resource "aws_alb" "web" {\n  name = "web"\n}\n', findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 25 }] },
    { name: 'JSON syntax, absent', filename: 'main.tf.json', code: '{\n  "resource": {\n    "aws_lb": {\n      "web": { "name": "web" }\n    }\n  }\n}\n', findings: [{ messageId: 'missing', line: 4, column: 7, endColumn: 12 }] },
  ],
});

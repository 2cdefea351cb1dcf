import rule from '../../../rules/terraform/tf-138-lb-no-deletion-protection';
import { ruleTester } from '../../helpers/rule-tester';

const lb = (body: string, type = 'aws_lb') => `resource "${type}" "web" {\n  name = "web"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'protected', code: lb('  enable_deletion_protection = true\n') },
    { name: 'aws_alb protected', code: lb('  enable_deletion_protection = true\n', 'aws_alb') },
    { name: 'from a variable without a value', code: lb('  enable_deletion_protection = var.protect\n'), files: { 'variables.tf': 'variable "protect" {}\n' } },
  ],
  bad: [
    {
      name: 'absent',
      code: lb(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 24, suggestions: [{ output: lb('  enable_deletion_protection = true\n') }] }],
    },
    { name: 'aws_alb with false', code: lb('  enable_deletion_protection = false\n', 'aws_alb'), findings: [{ messageId: 'disabled', line: 3, column: 32, endColumn: 37 }] },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_lb": {\n      "web": { "name": "web", "enable_deletion_protection": false }\n    }\n  }\n}\n',
      findings: [{ messageId: 'disabled', line: 4, column: 61, endColumn: 66 }],
    },
  ],
});

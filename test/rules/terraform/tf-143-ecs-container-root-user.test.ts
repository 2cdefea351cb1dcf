import rule from '../../../rules/terraform/tf-143-ecs-container-root-user';
import { ruleTester } from '../../helpers/rule-tester';

const task = (definitions: string) => `resource "aws_ecs_task_definition" "app" {\n  family = "app"\n  container_definitions = ${definitions}\n}\n`;
const encoded = (fields: string) => `jsonencode([{\n    name  = "app"\n    image = "app:1.0"\n${fields}  }])`;

ruleTester(rule, {
  good: [
    { name: 'non-root UID', code: task(encoded('    user = "10001"\n')) },
    { name: 'user absent: the image decides', code: task(encoded('')) },
    { name: 'non-root with group 0', code: task(encoded('    user = "1000:0"\n')) },
    { name: 'user not known', code: task(encoded('    user = var.user\n')) },
  ],
  bad: [
    {
      name: 'root',
      code: task(encoded('    user = "root"\n')),
      findings: [{ messageId: 'root', line: 6, column: 12, endColumn: 18, suggestions: [{ title: 'Run as UID 10001', output: task(encoded('    user = "10001"\n')) }] }],
    },
    { name: 'UID 0 with a group', code: task(encoded('    user = "0:0"\n')), findings: [{ messageId: 'root', line: 6, column: 12, endColumn: 17 }] },
    {
      name: 'heredoc',
      code: task('<<-EOF\n    [\n      {"name": "app", "image": "app:1.0", "user": "0"}\n    ]\n  EOF'),
      trailingSpaceVariant: false,
      findings: [{ messageId: 'root', line: 5, column: 51, endColumn: 54, suggestions: [{ output: task('<<-EOF\n    [\n      {"name": "app", "image": "app:1.0", "user": "10001"}\n    ]\n  EOF') }] }],
    },
    {
      name: 'root from a variable default',
      code: task(encoded('    user = var.user\n')),
      files: { 'variables.tf': 'variable "user" {\n  default = "root"\n}\n' },
      findings: [{ messageId: 'root', line: 6, column: 12, endColumn: 20, related: ['variables.tf:2:13'], suggestions: [] }],
    },
  ],
});

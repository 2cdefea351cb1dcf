import rule from '../../../rules/terraform/tf-144-ecs-container-no-logs';
import { ruleTester } from '../../helpers/rule-tester';

const task = (definitions: string) => `resource "aws_ecs_task_definition" "app" {\n  family = "app"\n  container_definitions = ${definitions}\n}\n`;
const encoded = (fields: string) => `jsonencode([{\n    name  = "app"\n    image = "app:1.0"\n${fields}  }])`;

ruleTester(rule, {
  good: [
    { name: 'awslogs', code: task(encoded('    logConfiguration = {\n      logDriver = "awslogs"\n      options   = { awslogs-group = "/ecs/app" }\n    }\n')) },
    { name: 'log configuration not known', code: task(encoded('    logConfiguration = var.logging\n')) },
    { name: 'file() outside the module', code: task('file("${path.module}/containers.json")') },
    { name: 'heredoc with logs', code: task('<<EOF\n[{"name": "app", "image": "app:1.0", "logConfiguration": {"logDriver": "awsfirelens"}}]\nEOF'), trailingSpaceVariant: false },
  ],
  bad: [
    { name: 'no log configuration', code: task(encoded('')), findings: [{ messageId: 'missing', line: 4, column: 13, endColumn: 18 }] },
    { name: 'null log configuration', code: task(encoded('    logConfiguration = null\n')), findings: [{ messageId: 'missing', line: 4, column: 13, endColumn: 18 }] },
    {
      name: 'two containers, one without logs',
      code: task('<<EOF\n[\n  {"name": "app", "image": "app:1", "logConfiguration": {"logDriver": "awslogs"}},\n  {"name": "sidecar", "image": "envoy:1"}\n]\nEOF'),
      trailingSpaceVariant: false,
      findings: [{ messageId: 'missing', line: 6, column: 12, endColumn: 21 }],
    },
    {
      name: 'definitions from a variable default: reported at the use',
      code: task('var.containers'),
      files: { 'variables.tf': 'variable "containers" {\n  default = "[{\\"name\\": \\"app\\", \\"image\\": \\"app:1\\"}]"\n}\n' },
      findings: [{ messageId: 'missing', line: 3, column: 27, endColumn: 41 }],
    },
  ],
});

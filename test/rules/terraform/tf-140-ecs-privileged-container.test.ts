import rule from '../../../rules/terraform/tf-140-ecs-privileged-container';
import { ruleTester } from '../../helpers/rule-tester';

const task = (definitions: string, extra = '') => `resource "aws_ecs_task_definition" "app" {\n  family = "app"\n${extra}  container_definitions = ${definitions}\n}\n`;
const encoded = (fields: string) => `jsonencode([{\n    name  = "app"\n    image = "nginx:1.27"\n${fields}  }])`;
const heredoc = (fields: string) => `<<EOF\n[\n  {\n    "name": "app",\n    "image": "nginx:1.27"${fields}\n  }\n]\nEOF`;

ruleTester(rule, {
  good: [
    { name: 'not privileged', code: task(encoded('')) },
    { name: 'privileged = false', code: task(encoded('    privileged = false\n')) },
    { name: 'privileged not known', code: task(encoded('    privileged = var.privileged\n')) },
    { name: 'heredoc, not privileged', code: task(heredoc(',\n    "privileged": false')), trailingSpaceVariant: false },
    { name: 'definitions from a module output', code: task('module.container.json') },
    { name: 'heredoc with an interpolation outside a string: not read', code: task('<<EOF\n[{"name": "app", "cpu": ${var.cpu}, "privileged": true}]\nEOF'), trailingSpaceVariant: false },
    { name: 'count = 0', code: task(encoded('    privileged = true\n'), '  count = 0\n') },
  ],
  bad: [
    {
      name: 'jsonencode with privileged = true',
      code: task(encoded('    privileged = true\n')),
      findings: [{ messageId: 'privileged', line: 6, column: 18, endColumn: 22, suggestions: [{ title: 'Set privileged = false', output: task(encoded('    privileged = false\n')) }] }],
    },
    {
      name: 'privileged although the image is not known',
      code: task('jsonencode([{\n    name       = "app"\n    image      = "${aws_ecr_repository.app.repository_url}:1.0"\n    privileged = true\n  }])'),
      findings: [{ messageId: 'privileged', line: 6, column: 18, endColumn: 22 }],
    },
    {
      name: 'heredoc JSON',
      code: task(heredoc(',\n    "privileged": true')),
      trailingSpaceVariant: false,
      findings: [{ messageId: 'privileged', line: 8, column: 19, endColumn: 23, suggestions: [{ output: task(heredoc(',\n    "privileged": false')) }] }],
    },
    {
      name: 'heredoc with an image not known before apply',
      code: task('<<EOF\n[{"name": "app", "image": "${aws_ecr_repository.app.repository_url}:1", "privileged": true}]\nEOF'),
      trailingSpaceVariant: false,
      findings: [{ messageId: 'privileged', line: 4, column: 87, endColumn: 91 }],
    },
    {
      name: 'the second of two containers',
      code: task('jsonencode([\n    { name = "app", image = "app:1" },\n    { name = "agent", image = "agent:1", privileged = true },\n  ])'),
      findings: [{ messageId: 'privileged', line: 5, column: 55, endColumn: 59 }],
    },
    {
      name: 'privileged from a variable default',
      code: task(encoded('    privileged = var.privileged\n')),
      files: { 'variables.tf': 'variable "privileged" {\n  default = true\n}\n' },
      findings: [{ messageId: 'privileged', line: 6, column: 18, endColumn: 32, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'definitions in a local',
      code: task('jsonencode(local.containers)'),
      files: { 'locals.tf': 'locals {\n  containers = [{ name = "app", image = "app:1", privileged = true }]\n}\n' },
      findings: [{ messageId: 'privileged', line: 3, column: 38, endColumn: 54, related: ['locals.tf:2:63'] }],
    },
    {
      name: 'JSON syntax, an escaped JSON string',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_ecs_task_definition": {\n      "app": { "family": "app", "container_definitions": "[{\\"name\\": \\"app\\", \\"privileged\\": true}]" }\n    }\n  }\n}\n',
      findings: [{ messageId: 'privileged', line: 4, column: 58, endColumn: 103 }],
    },
  ],
});

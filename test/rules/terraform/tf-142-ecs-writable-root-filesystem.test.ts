import rule from '../../../rules/terraform/tf-142-ecs-writable-root-filesystem';
import { ruleTester } from '../../helpers/rule-tester';

const task = (definitions: string, extra = '') => `resource "aws_ecs_task_definition" "app" {\n  family = "app"\n${extra}  container_definitions = ${definitions}\n}\n`;
const encoded = (fields: string) => `jsonencode([{\n    name  = "app"\n    image = "app:1.0"\n${fields}  }])`;
const title = 'Set readonlyRootFilesystem = true';

ruleTester(rule, {
  good: [
    { name: 'read-only', code: task(encoded('    readonlyRootFilesystem = true\n')) },
    { name: 'not known', code: task(encoded('    readonlyRootFilesystem = var.read_only\n')) },
    { name: 'Windows task', code: task(encoded(''), '  runtime_platform {\n    operating_system_family = "WINDOWS_SERVER_2022_CORE"\n  }\n') },
    { name: 'operating system not known', code: task(encoded(''), '  runtime_platform {\n    operating_system_family = var.os\n  }\n') },
    { name: 'heredoc, read-only', code: task('<<EOF\n[{"name": "app", "image": "app:1.0", "readonlyRootFilesystem": true}]\nEOF'), trailingSpaceVariant: false },
    { name: 'definitions not known', code: task('data.template_file.containers.rendered') },
    { name: 'heredoc, read-only from an interpolation', code: task('<<EOF\n[{"name": "app", "image": "app:1.0", "readonlyRootFilesystem": ${var.read_only}}]\nEOF'), trailingSpaceVariant: false },
  ],
  bad: [
    { name: 'absent', code: task(encoded('')), findings: [{ messageId: 'missing', line: 4, column: 13, endColumn: 18 }] },
    { name: 'absent on a Linux task', code: task(encoded(''), '  runtime_platform {\n    operating_system_family = "LINUX"\n  }\n'), findings: [{ messageId: 'missing', line: 7, column: 13, endColumn: 18 }] },
    {
      name: 'false',
      code: task(encoded('    readonlyRootFilesystem = false\n')),
      findings: [{ messageId: 'writable', line: 6, column: 30, endColumn: 35, suggestions: [{ title, output: task(encoded('    readonlyRootFilesystem = true\n')) }] }],
    },
    {
      name: 'heredoc, false',
      code: task('<<EOF\n[{"name": "app", "image": "app:1.0", "readonlyRootFilesystem": false}]\nEOF'),
      trailingSpaceVariant: false,
      findings: [{ messageId: 'writable', line: 4, column: 64, endColumn: 69, suggestions: [{ output: task('<<EOF\n[{"name": "app", "image": "app:1.0", "readonlyRootFilesystem": true}]\nEOF') }] }],
    },
    {
      name: 'heredoc with a known interpolation',
      code: task('<<EOF\n[{"name": "${var.name}", "image": "app:1.0"}]\nEOF'),
      files: { 'variables.tf': 'variable "name" {\n  default = "web"\n}\n' },
      trailingSpaceVariant: false,
      findings: [{ messageId: 'missing', line: 4, column: 11, endColumn: 24 }],
    },
    { name: 'heredoc, absent: reported at the name', code: task('<<EOF\n[{"name": "app", "image": "app:1.0"}]\nEOF'), trailingSpaceVariant: false, findings: [{ messageId: 'missing', line: 4, column: 11, endColumn: 16 }] },
    {
      name: 'for_each over containers',
      code: task('jsonencode([for name, ro in { app = true, sidecar = false } : { name = name, image = "app:1", readonlyRootFilesystem = ro }])', '  for_each = toset(["a"])\n'),
      findings: [{ messageId: 'writable', line: 4, column: 79 }],
    },
  ],
});

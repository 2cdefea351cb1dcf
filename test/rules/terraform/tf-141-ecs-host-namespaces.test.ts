import rule from '../../../rules/terraform/tf-141-ecs-host-namespaces';
import { ruleTester } from '../../helpers/rule-tester';

const task = (body: string) => `resource "aws_ecs_task_definition" "agent" {\n  family                = "agent"\n  container_definitions = file("agent.json")\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'awsvpc networking, task namespaces', code: task('  network_mode = "awsvpc"\n  pid_mode     = "task"\n  ipc_mode     = "none"\n') },
    { name: 'modes absent', code: task('') },
    { name: 'mode not known', code: task('  pid_mode = var.pid_mode\n') },
    { name: 'count = 0', code: task('  count    = 0\n  pid_mode = "host"\n') },
  ],
  bad: [
    { name: 'host PID namespace', code: task('  pid_mode = "host"\n'), findings: [{ messageId: 'host', line: 4, column: 14, endColumn: 20 }] },
    {
      name: 'host IPC and network',
      code: task('  ipc_mode     = "host"\n  network_mode = "host"\n'),
      findings: [{ messageId: 'host', line: 4, column: 18, endColumn: 24 }, { messageId: 'host', line: 5, column: 18, endColumn: 24 }],
    },
    {
      name: 'host from a variable default',
      code: task('  network_mode = var.mode\n'),
      files: { 'variables.tf': 'variable "mode" {\n  default = "host"\n}\n' },
      findings: [{ messageId: 'host', line: 4, column: 18, endColumn: 26, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_ecs_task_definition": {\n      "agent": { "family": "agent", "pid_mode": "host" }\n    }\n  }\n}\n',
      findings: [{ messageId: 'host', line: 4, column: 49, endColumn: 55 }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-403-ecs-added-capabilities';
import { ruleTester } from '../../helpers/rule-tester';

const task = (definitions: string) => `resource "aws_ecs_task_definition" "app" {\n  family = "app"\n  container_definitions = ${definitions}\n}\n`;
const encoded = (add: string) => `jsonencode([{\n    name            = "app"\n    image           = "app:1.0"\n    linuxParameters = { capabilities = { add = ${add} } }\n  }])`;

ruleTester(rule, {
  good: [
    { name: 'default capabilities only', code: task(encoded('["NET_BIND_SERVICE", "CAP_CHOWN"]')) },
    { name: 'no linuxParameters', code: task('jsonencode([{ name = "app", image = "app:1" }])') },
    { name: 'capabilities not known', code: task(encoded('var.capabilities')) },
    { name: 'heredoc with drop only', code: task('<<EOF\n[{"name": "app", "image": "app:1", "linuxParameters": {"capabilities": {"drop": ["ALL"]}}}]\nEOF'), trailingSpaceVariant: false },
  ],
  bad: [
    { name: 'SYS_ADMIN', code: task(encoded('["SYS_ADMIN"]')), findings: [{ messageId: 'added', line: 6, column: 48, endColumn: 61 }] },
    { name: 'ALL and NET_ADMIN beside a default one', code: task(encoded('["NET_BIND_SERVICE", "ALL", "cap_net_admin"]')), findings: [{ messageId: 'added', line: 6, column: 48 }] },
    {
      name: 'heredoc',
      code: task('<<EOF\n[{"name": "app", "image": "app:1", "linuxParameters": {"capabilities": {"add": ["SYS_PTRACE"]}}}]\nEOF'),
      trailingSpaceVariant: false,
      findings: [{ messageId: 'added', line: 4, column: 80, endColumn: 81 }],
    },
    {
      name: 'from a local',
      code: task(encoded('local.capabilities')),
      files: { 'locals.tf': 'locals {\n  capabilities = ["SYS_MODULE"]\n}\n' },
      findings: [{ messageId: 'added', line: 6, column: 48, related: ['locals.tf:2:18'] }],
    },
  ],
});

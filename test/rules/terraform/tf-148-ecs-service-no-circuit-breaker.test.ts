import rule from '../../../rules/terraform/tf-148-ecs-service-no-circuit-breaker';
import { ruleTester } from '../../helpers/rule-tester';

const service = (body = '') => `resource "aws_ecs_service" "app" {\n  name    = "app"\n  cluster = aws_ecs_cluster.main.id\n${body}}\n`;
const breaker = (enable: string, rollback?: string) =>
  `\n  deployment_circuit_breaker {\n    enable   = ${enable}\n${rollback === undefined ? '' : `    rollback = ${rollback}\n`}  }\n`;

ruleTester(rule, {
  good: [
    { name: 'circuit breaker with rollback', code: service(breaker('true', 'true')) },
    { name: 'CodeDeploy controller', code: service('\n  deployment_controller {\n    type = "CODE_DEPLOY"\n  }\n') },
    { name: 'controller not known', code: service('\n  deployment_controller {\n    type = var.controller\n  }\n') },
    { name: 'rollback not known', code: service(breaker('true', 'var.rollback')) },
    { name: 'breaker from a dynamic block with an unknown for_each', code: service('  dynamic "deployment_circuit_breaker" {\n    for_each = var.breaker\n    content {\n      enable   = true\n      rollback = true\n    }\n  }\n') },
    { name: 'count = 0', code: service('  count = 0\n') },
    { name: 'override file', filename: 'ecs_override.tf', code: service() },
  ],
  bad: [
    {
      name: 'no circuit breaker',
      code: service(),
      findings: [{
        messageId: 'missing', line: 1, column: 1, endColumn: 33,
        suggestions: [{ title: 'Add a circuit breaker with rollback', output: service('  deployment_circuit_breaker {\n    enable = true\n    rollback = true\n  }\n') }],
      }],
    },
    { name: 'ECS controller, no breaker', code: service('\n  deployment_controller {\n    type = "ECS"\n  }\n'), findings: [{ messageId: 'missing', line: 1, column: 1 }] },
    { name: 'breaker disabled', code: service(breaker('false', 'true')), findings: [{ messageId: 'disabled', line: 6, column: 16, endColumn: 21 }] },
    { name: 'breaker without rollback', code: service(breaker('true')), findings: [{ messageId: 'noRollback', line: 5, column: 3, endColumn: 29 }] },
    { name: 'rollback false', code: service(breaker('true', 'false')), findings: [{ messageId: 'noRollback', line: 7, column: 16, endColumn: 21 }] },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_ecs_service": {\n      "app": { "name": "app" }\n    }\n  }\n}\n',
      findings: [{ messageId: 'missing', line: 4, column: 7, endColumn: 12 }],
    },
  ],
});

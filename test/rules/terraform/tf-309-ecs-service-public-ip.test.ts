import rule from '../../../rules/terraform/tf-309-ecs-service-public-ip';
import { ruleTester } from '../../helpers/rule-tester';

const service = (body: string) => `resource "aws_ecs_service" "api" {\n  name = "api"\n\n  network_configuration {\n    subnets = var.subnets\n${body}  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'absent: the default is false', code: service('') },
    { name: 'false', code: service('    assign_public_ip = false\n') },
    { name: 'bridge networking without network_configuration', code: 'resource "aws_ecs_service" "api" {\n  name = "api"\n}\n' },
    { name: 'from a variable without a value', code: service('    assign_public_ip = var.public\n'), files: { 'variables.tf': 'variable "public" {}\n' } },
    { name: 'count = 0', code: service('    assign_public_ip = true\n').replace('  name = "api"\n', '  name  = "api"\n  count = 0\n') },
    { name: 'JSON syntax, false', filename: 'main.tf.json', code: '{\n  "resource": {\n    "aws_ecs_service": {\n      "api": { "network_configuration": { "assign_public_ip": false } }\n    }\n  }\n}\n' },
  ],
  bad: [
    {
      name: 'public IP',
      code: service('    assign_public_ip = true\n'),
      findings: [{ messageId: 'public', line: 6, column: 24, endColumn: 28, suggestions: [{ title: 'Set assign_public_ip = false', output: service('    assign_public_ip = false\n') }] }],
    },
    {
      name: 'true from a variable default',
      code: service('    assign_public_ip = var.public\n'),
      files: { 'variables.tf': 'variable "public" {\n  default = true\n}\n' },
      findings: [{ messageId: 'public', line: 6, column: 24, endColumn: 34, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'JSON syntax, true',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_ecs_service": {\n      "api": { "network_configuration": { "assign_public_ip": true } }\n    }\n  }\n}\n',
      findings: [{ messageId: 'public', line: 4, column: 63, endColumn: 67 }],
    },
  ],
});

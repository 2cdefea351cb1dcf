import rule from '../../../rules/terraform/tf-180-azure-container-app-insecure-ingress';
import { ruleTester } from '../../helpers/rule-tester';

const app = (body: string) => `resource "azurerm_container_app" "api" {\n  name = "api"\n\n  ingress {\n    target_port = 8080\n${body}  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'provider default (redirect)', code: app('') },
    { name: 'explicitly false', code: app('    allow_insecure_connections = false\n') },
    { name: 'no ingress', code: 'resource "azurerm_container_app" "worker" {\n  name = "worker"\n}\n' },
  ],
  bad: [
    {
      name: 'plain HTTP allowed',
      code: app('    allow_insecure_connections = true\n'),
      findings: [{ messageId: 'insecure', line: 6, column: 34, endColumn: 38, suggestions: [{ title: 'Set allow_insecure_connections = false', output: app('    allow_insecure_connections = false\n') }] }],
    },
    {
      name: 'from a variable default',
      code: app('    allow_insecure_connections = var.http\n'),
      files: { 'variables.tf': 'variable "http" {\n  default = true\n}\n' },
      findings: [{ messageId: 'insecure', line: 6, column: 34, endColumn: 42, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"azurerm_container_app": {"api": {"ingress": {"allow_insecure_connections": true}}}}}\n',
      findings: [{ messageId: 'insecure', line: 1, column: 91, endColumn: 95 }],
    },
  ],
});

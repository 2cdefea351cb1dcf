import rule from '../../../rules/terraform/tf-181-azure-container-group-privileged';
import { ruleTester } from '../../helpers/rule-tester';

const group = (block: string, flag: string) => `resource "azurerm_container_group" "app" {\n  name = "app"\n\n  ${block} {\n    name = "app"\n\n    security {\n      privilege_enabled = ${flag}\n    }\n  }\n}\n`;
const title = 'Set privilege_enabled = false (the provider replaces the resource)';

ruleTester(rule, {
  good: [
    { name: 'not privileged', code: group('container', 'false') },
    { name: 'no security block', code: 'resource "azurerm_container_group" "app" {\n  name = "app"\n\n  container {\n    name = "app"\n  }\n}\n' },
    { name: 'from a variable without a value', code: group('container', 'var.privileged'), files: { 'variables.tf': 'variable "privileged" {}\n' } },
  ],
  bad: [
    { name: 'privileged container', code: group('container', 'true'), findings: [{ messageId: 'privileged', line: 8, column: 27, endColumn: 31, suggestions: [{ title, output: group('container', 'false') }] }] },
    { name: 'privileged init container', code: group('init_container', 'true'), findings: [{ messageId: 'privileged', line: 8, column: 27, endColumn: 31 }] },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"azurerm_container_group": {"app": {"container": {"name": "app", "security": {"privilege_enabled": true}}}}}}\n',
      findings: [{ messageId: 'privileged', line: 1, column: 114, endColumn: 118 }],
    },
  ],
});

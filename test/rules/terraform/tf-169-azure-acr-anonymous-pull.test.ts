import rule from '../../../rules/terraform/tf-169-azure-acr-anonymous-pull';
import { ruleTester } from '../../helpers/rule-tester';

const acr = (body: string) => `resource "azurerm_container_registry" "acr" {\n  name = "acrmain"\n  sku  = "Standard"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'provider default (false)', code: acr('') },
    { name: 'anonymous pull off', code: acr('  anonymous_pull_enabled = false\n') },
    { name: 'from a variable without a value', code: acr('  anonymous_pull_enabled = var.anonymous\n'), files: { 'variables.tf': 'variable "anonymous" {}\n' } },
  ],
  bad: [
    {
      name: 'anonymous pull on',
      code: acr('  anonymous_pull_enabled = true\n'),
      findings: [{ messageId: 'anonymous', line: 4, column: 28, endColumn: 32, suggestions: [{ title: 'Set anonymous_pull_enabled = false', output: acr('  anonymous_pull_enabled = false\n') }] }],
    },
    {
      name: 'on for one for_each instance',
      code: acr('  for_each               = { public = true, private = false }\n  anonymous_pull_enabled = each.value\n'),
      findings: [{ messageId: 'anonymous', line: 5, column: 28, endColumn: 38, related: [':4:39'] }],
    },
    {
      name: 'JSON syntax, on',
      filename: 'main.tf.json',
      code: '{"resource": {"azurerm_container_registry": {"acr": {"anonymous_pull_enabled": true}}}}\n',
      findings: [{ messageId: 'anonymous', line: 1, column: 80, endColumn: 84 }],
    },
  ],
});

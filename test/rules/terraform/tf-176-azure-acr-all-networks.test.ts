import rule from '../../../rules/terraform/tf-176-azure-acr-all-networks';
import { ruleTester } from '../../helpers/rule-tester';

const acr = (body: string) => `resource "azurerm_container_registry" "acr" {\n  name = "acrmain"\n  sku  = "Premium"\n${body}}\n`;
const rules = (action: string) => `\n  network_rule_set {\n    default_action = ${action}\n  }\n`;
const title = 'Deny access by default';

ruleTester(rule, {
  good: [
    { name: 'deny by default', code: acr(rules('"Deny"')) },
    { name: 'no public network access', code: acr('  public_network_access_enabled = false\n') },
    { name: 'public access from a variable without a value', code: acr('  public_network_access_enabled = var.public\n'), files: { 'variables.tf': 'variable "public" {}\n' } },
    { name: 'dynamic network_rule_set over an unknown collection', code: acr('  dynamic "network_rule_set" {\n    for_each = var.rules\n    content {\n      default_action = "Allow"\n    }\n  }\n') },
  ],
  bad: [
    {
      name: 'no network_rule_set',
      code: acr(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 44, suggestions: [{ title, output: acr('  network_rule_set {\n    default_action = "Deny"\n  }\n') }] }],
    },
    { name: 'allow by default', code: acr(rules('"Allow"')), findings: [{ messageId: 'allow', line: 6, column: 22, endColumn: 29, suggestions: [{ title, output: acr(rules('"Deny"')) }] }] },
    {
      name: 'JSON syntax, allow',
      filename: 'main.tf.json',
      code: '{"resource": {"azurerm_container_registry": {"acr": {"network_rule_set": {"default_action": "Allow"}}}}}\n',
      findings: [{ messageId: 'allow', line: 1, column: 93, endColumn: 100 }],
    },
  ],
});

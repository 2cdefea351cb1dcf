import rule from '../../../rules/terraform/tf-173-azure-container-group-public-ip';
import { ruleTester } from '../../helpers/rule-tester';

const group = (body: string) => `resource "azurerm_container_group" "app" {\n  name    = "app"\n  os_type = "Linux"\n${body}}\n`;
const title = 'Use a private IP address (the provider replaces the resource)';

ruleTester(rule, {
  good: [
    { name: 'private', code: group('  ip_address_type = "Private"\n  subnet_ids      = [var.subnet_id]\n') },
    { name: 'no IP address', code: group('  ip_address_type = "None"\n') },
    { name: 'from a variable without a value', code: group('  ip_address_type = var.type\n'), files: { 'variables.tf': 'variable "type" {}\n' } },
    { name: 'count = 0', code: group('  count = 0\n') },
  ],
  bad: [
    {
      name: 'provider default (Public)',
      code: group(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 41, suggestions: [{ title, output: group('  ip_address_type = "Private"\n') }] }],
    },
    {
      name: 'public, any case',
      code: group('  ip_address_type = "public"\n'),
      findings: [{ messageId: 'public', line: 4, column: 21, endColumn: 29, suggestions: [{ title, output: group('  ip_address_type = "Private"\n') }] }],
    },
    {
      name: 'JSON syntax, public',
      filename: 'main.tf.json',
      code: '{"resource": {"azurerm_container_group": {"app": {"ip_address_type": "Public"}}}}\n',
      findings: [{ messageId: 'public', line: 1, column: 70, endColumn: 78 }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-185-azure-key-vault-no-expiration';
import { ruleTester } from '../../helpers/rule-tester';

const secret = (body: string, type = 'azurerm_key_vault_secret') => `resource "${type}" "s" {\n  name         = "s"\n  key_vault_id = var.vault\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'secret with an expiration date', code: secret('  expiration_date = "2027-06-30T00:00:00Z"\n') },
    { name: 'key with a computed expiration date', code: secret('  expiration_date = timeadd(timestamp(), "8760h")\n', 'azurerm_key_vault_key') },
    { name: 'date from a variable without a value', code: secret('  expiration_date = var.expiry\n'), files: { 'variables.tf': 'variable "expiry" {}\n' } },
  ],
  bad: [
    { name: 'secret without expiration', code: secret(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 40 }] },
    { name: 'key without expiration', code: secret('', 'azurerm_key_vault_key'), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 37 }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"azurerm_key_vault_secret": {"s": {"name": "s"}}}}\n', findings: [{ messageId: 'missing', line: 1, column: 44, endColumn: 47 }] },
  ],
});

import rule from '../../../rules/terraform/tf-456-azure-literal-secret';
import { ruleTester } from '../../helpers/rule-tester';

const secret = (value: string) => `resource "azurerm_key_vault_secret" "db" {\n  name         = "db-password"\n  value        = ${value}\n  key_vault_id = azurerm_key_vault.main.id\n}\n`;
const vm = (password: string) => `resource "azurerm_windows_virtual_machine" "app" {\n  name           = "app"\n  admin_username = "azureadmin"\n  admin_password = ${password}\n}\n`;
const app = (value: string) => `resource "azurerm_container_app" "api" {\n  name = "api"\n\n  secret {\n    name  = "db-url"\n    value = ${value}\n  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'generated password', code: secret('random_password.db.result') },
    { name: 'variable without a value', code: vm('var.admin_password'), files: { 'variables.tf': 'variable "admin_password" {\n  sensitive = true\n}\n' } },
    { name: 'placeholder', code: secret('"changeme"') },
    { name: 'Container App secret from Key Vault', code: 'resource "azurerm_container_app" "api" {\n  secret {\n    name                = "db-url"\n    key_vault_secret_id = azurerm_key_vault_secret.db.id\n    identity            = "System"\n  }\n}\n' },
    { name: 'variable named for a secret: reported at its default by TF-502', code: vm('var.admin_password'), files: { 'variables.tf': 'variable "admin_password" {\n  default = "Pa55w0rd-Example-2024"\n}\n' } },
  ],
  bad: [
    { name: 'Key Vault secret value', code: secret('"S3cure-Passw0rd-2024!"'), findings: [{ messageId: 'literal', line: 3, column: 18, endColumn: 41 }] },
    { name: 'VM admin password', code: vm('"Az-Adm1n-Passw0rd!"'), findings: [{ messageId: 'literal', line: 4, column: 20, endColumn: 40 }] },
    { name: 'Container App secret', code: app('"Server=db;Password=Sup3rS3cret!"'), findings: [{ messageId: 'literal', line: 6, column: 13, endColumn: 46 }] },
    {
      name: 'from a variable with another name',
      code: vm('var.vm_login'),
      files: { 'variables.tf': 'variable "vm_login" {\n  default = "Az-Adm1n-Passw0rd!"\n}\n' },
      findings: [{ messageId: 'literal', line: 4, column: 20, endColumn: 32 }],
    },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"azurerm_key_vault_secret": {"db": {"value": "S3cure-Passw0rd-2024!"}}}}\n', findings: [{ messageId: 'literal', line: 1, column: 60, endColumn: 83 }] },
  ],
});

import rule from '../../../rules/terraform/tf-458-azure-registry-password';
import { ruleTester } from '../../helpers/rule-tester';

const group = (server: string, login: string) =>
  `resource "azurerm_container_group" "app" {\n  name = "app"\n\n  image_registry_credential {\n    server   = ${server}\n${login}  }\n}\n`;
const password = '    username = "contoso"\n    password = var.acr_password\n';
const containerApp = (login: string) => `resource "azurerm_container_app" "api" {\n  name = "api"\n\n  registry {\n    server = "contoso.azurecr.io"\n${login}  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'managed identity', code: group('"contoso.azurecr.io"', '    user_assigned_identity_id = azurerm_user_assigned_identity.app.id\n') },
    { name: 'Docker Hub needs a password', code: group('"index.docker.io"', password) },
    { name: 'server from a variable without a value', code: group('var.registry', password), files: { 'variables.tf': 'variable "registry" {}\n' } },
    { name: 'Container App with an identity', code: containerApp('    identity = azurerm_user_assigned_identity.api.id\n') },
  ],
  bad: [
    { name: 'container group with an ACR password', code: group('"contoso.azurecr.io"', password), findings: [{ messageId: 'password', line: 7, column: 5, endColumn: 32 }] },
    { name: 'ACR server from a variable default', code: group('var.registry', password), files: { 'variables.tf': 'variable "registry" {\n  default = "contoso.azurecr.io"\n}\n' }, findings: [{ messageId: 'password', line: 7, column: 5, endColumn: 32 }] },
    { name: 'Container App with a password secret', code: containerApp('    username             = "contoso"\n    password_secret_name = "acr-password"\n'), findings: [{ messageId: 'password', line: 7, column: 5, endColumn: 42 }] },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"azurerm_container_group": {"app": {"image_registry_credential": {"server": "contoso.azurecr.io", "username": "contoso", "password": "${var.acr_password}"}}}}}\n',
      findings: [{ messageId: 'password', line: 1, column: 136, endColumn: 169 }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-459-azure-container-group-plain-secret-env';
import { ruleTester } from '../../helpers/rule-tester';

const group = (kind: string, entries: string) =>
  `resource "azurerm_container_group" "app" {\n  container {\n    name = "app"\n\n    ${kind} = {\n${entries}    }\n  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'secret in secure_environment_variables', code: group('secure_environment_variables', '      DB_PASSWORD = var.db_password\n') },
    { name: 'plain settings', code: group('environment_variables', '      LOG_LEVEL = "info"\n      PORT      = "8080"\n') },
    { name: 'literal secret: reported by TF-505', code: group('environment_variables', '      API_TOKEN = "tok-9fK2lQ7xVbN3mT5rW8yZ1aC4"\n') },
  ],
  bad: [
    { name: 'password from a variable', code: group('environment_variables', '      DB_PASSWORD = var.db_password\n'), findings: [{ messageId: 'plain', line: 6, column: 21, endColumn: 36 }] },
    { name: 'client secret from a resource', code: group('environment_variables', '      LOG_LEVEL     = "info"\n      CLIENT_SECRET = azuread_application_password.app.value\n'), findings: [{ messageId: 'plain', line: 7, column: 23, endColumn: 61 }] },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"azurerm_container_group": {"app": {"container": {"name": "app", "environment_variables": {"DB_PASSWORD": "${var.db_password}"}}}}}}\n',
      findings: [{ messageId: 'plain', line: 1, column: 121, endColumn: 141 }],
    },
  ],
});

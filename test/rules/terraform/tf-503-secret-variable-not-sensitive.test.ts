import rule from '../../../rules/terraform/tf-503-secret-variable-not-sensitive';
import { ruleTester } from '../../helpers/rule-tester';

const bare = 'variable "db_password" {\n  type = string\n}\n';
const marked = 'variable "db_password" {\n  type = string\n  sensitive = true\n}\n';

ruleTester(rule, {
  good: [
    { name: 'sensitive', code: 'variable "db_password" {\n  type      = string\n  sensitive = true\n}\n' },
    { name: 'ephemeral', code: 'variable "api_token" {\n  type      = string\n  ephemeral = true\n}\n' },
    { name: 'sensitive from a value not known here', code: 'variable "api_token" {\n  sensitive = local.hide\n}\n' },
    { name: 'a flag', code: 'variable "enable_password_auth" {\n  type    = bool\n  default = false\n}\n' },
    { name: 'a name that only mentions a secret', code: 'variable "admin_password_secret_id" {\n  type = string\n}\n' },
    { name: 'no secret name', code: 'variable "region" {\n  type = string\n}\n' },
  ],
  bad: [
    {
      name: 'not marked: fixed',
      code: bare,
      findings: [{ messageId: 'missing', line: 1, column: 10, endColumn: 23, output: marked }],
    },
    {
      name: 'sensitive = false',
      code: 'variable "client_secret" {\n  sensitive = false\n}\n',
      findings: [{ messageId: 'disabled', line: 2, column: 15, endColumn: 20, output: 'variable "client_secret" {\n  sensitive = true\n}\n' }],
    },
    {
      name: 'an output shows it: only a suggestion',
      code: bare,
      files: { 'outputs.tf': 'output "connection" {\n  value = "postgres://app:${var.db_password}@db:5432/app"\n}\n' },
      findings: [{ messageId: 'missing', line: 1, column: 10, suggestions: [{ output: marked }] }],
    },
    {
      name: 'an output shows it through a local: only a suggestion',
      code: bare,
      files: { 'outputs.tf': 'locals {\n  dsn = "app:${var.db_password}"\n}\n\noutput "dsn" {\n  value = local.dsn\n}\n' },
      findings: [{ messageId: 'missing', line: 1, column: 10, suggestions: [{ output: marked }] }],
    },
    {
      name: 'a sensitive output does not stop the fix',
      code: bare,
      files: { 'outputs.tf': 'output "password" {\n  value     = var.db_password\n  sensitive = true\n}\n' },
      findings: [{ messageId: 'missing', line: 1, column: 10, output: marked }],
    },
    {
      name: 'JSON syntax',
      filename: 'variables.tf.json',
      code: '{\n  "variable": {\n    "api_token": {\n      "type": "string"\n    }\n  }\n}\n',
      findings: [{ messageId: 'missing', line: 3, column: 5, output: '{\n  "variable": {\n    "api_token": {\n      "type": "string",\n      "sensitive": true\n    }\n  }\n}\n' }],
    },
  ],
});

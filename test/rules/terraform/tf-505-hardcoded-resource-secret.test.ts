import rule from '../../../rules/terraform/tf-505-hardcoded-resource-secret';
import { ruleTester } from '../../helpers/rule-tester';

const server = (body: string) => `resource "azurerm_mssql_server" "main" {\n  name                         = "sql-main"\n  administrator_login          = "sqladmin"\n${body}}\n`;
const password = '  administrator_login_password = "S3cure-Pa55w0rd!"\n';

ruleTester(rule, {
  good: [
    { name: 'generated password', code: server('  administrator_login_password = random_password.sql.result\n') },
    { name: 'kubernetes Secret data: K8S-041 reports it', code: 'resource "kubernetes_secret_v1" "db" {\n  metadata {\n    name = "db"\n  }\n  data = {\n    password = "S3cure-Pa55w0rd!"\n  }\n}\n' },
    { name: 'from a variable without a value', code: server('  administrator_login_password = var.sql_password\n'), files: { 'variables.tf': 'variable "sql_password" {\n  sensitive = true\n}\n' } },
    { name: 'from a secret variable default: TF-502 reports it there', code: server('  administrator_login_password = var.sql_password\n'), files: { 'variables.tf': 'variable "sql_password" {\n  default = "S3cure-Pa55w0rd!"\n}\n' } },
    { name: 'placeholder', code: server('  administrator_login_password = "changeme"\n') },
    {
      name: 'from a secret local: TF-514 reports it there',
      code: server('  administrator_login_password = local.sql_password\n'),
      files: { 'locals.tf': 'locals {\n  sql_password = "S3cure-Pa55w0rd!"\n}\n' },
    },
    { name: 'a dedicated rule owns RDS master passwords', code: 'resource "aws_db_instance" "main" {\n  password = "S3cure-Pa55w0rd!"\n}\n' },
    { name: 'a dedicated rule owns Lambda environment variables', code: 'resource "aws_lambda_function" "fn" {\n  environment {\n    variables = {\n      DB_PASSWORD = "S3cure-Pa55w0rd!"\n    }\n  }\n}\n' },
    { name: 'an idempotency token', code: 'resource "aws_efs_file_system" "data" {\n  creation_token = "efs-data-prod"\n}\n' },
    { name: 'a flag', code: 'resource "aws_cognito_user_pool_client" "app" {\n  generate_secret = true\n}\n' },
    { name: 'a secret name, not a secret', code: 'resource "aws_secretsmanager_secret" "db" {\n  name = "prod/db/password"\n}\n' },
    { name: 'count = 0', code: server(`  count = 0\n${password}`) },
    { name: 'data sources are not checked', code: 'data "external" "x" {\n  query = {\n    password = "S3cure-Pa55w0rd!"\n  }\n}\n' },
  ],
  bad: [
    {
      name: 'literal administrator password',
      code: server(password),
      findings: [{ messageId: 'literal', line: 4, column: 34, endColumn: 52 }],
    },
    {
      name: 'through a local whose name does not say it is a secret',
      code: server('  administrator_login_password = local.admin\n'),
      files: { 'locals.tf': 'locals {\n  admin = "S3cure-Pa55w0rd!"\n}\n' },
      findings: [{ messageId: 'literal', line: 4, column: 34, related: ['locals.tf:2:11'] }],
    },
    {
      name: 'from a variable whose name does not say it is a secret',
      code: server('  administrator_login_password = var.admin\n'),
      files: { 'variables.tf': 'variable "admin" {\n  default = "S3cure-Pa55w0rd!"\n}\n' },
      findings: [{ messageId: 'literal', line: 4, column: 34, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'member of a map argument',
      code: 'resource "aws_cognito_identity_provider" "google" {\n  provider_details = {\n    client_id     = "1234.apps.googleusercontent.com"\n    client_secret = "GOCSPX-9fK2lQ7xVbN3mT5rW8yZ1aC4"\n  }\n}\n',
      findings: [{ messageId: 'literal', line: 4, column: 21 }],
    },
    {
      name: 'nested block',
      code: 'resource "azurerm_kubernetes_cluster" "main" {\n  windows_profile {\n    admin_username = "azureuser"\n    admin_password = "S3cure-Pa55w0rd!"\n  }\n}\n',
      findings: [{ messageId: 'literal', line: 4, column: 22 }],
    },
    {
      name: 'dynamic block with a known for_each',
      code: 'resource "github_repository_webhook" "hook" {\n  dynamic "configuration" {\n    for_each = [1]\n    content {\n      url    = "https://ci.example.com/hook"\n      secret = "whsec_4f8b2c9d1e7a3f6b"\n    }\n  }\n}\n',
      findings: [{ messageId: 'literal', line: 6, column: 16 }],
    },
    {
      name: 'connection of a provisioner',
      code: 'resource "null_resource" "setup" {\n  connection {\n    type     = "winrm"\n    user     = "Administrator"\n    password = "S3cure-Pa55w0rd!"\n  }\n}\n',
      findings: [{ messageId: 'literal', line: 5, column: 16 }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "azurerm_mssql_server": {\n      "main": { "administrator_login_password": "S3cure-Pa55w0rd!" }\n    }\n  }\n}\n',
      findings: [{ messageId: 'literal', line: 4, column: 49 }],
    },
  ],
});

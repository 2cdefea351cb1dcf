import rule from '../../../rules/terraform/tf-005-azure-storage-weak-tls';
import { ruleTester } from '../../helpers/rule-tester';

const account = (extra: string) =>
  'resource "azurerm_storage_account" "logs" {\n' +
  '  name                     = "stlogsprod"\n' +
  '  resource_group_name      = azurerm_resource_group.main.name\n' +
  '  location                 = azurerm_resource_group.main.location\n' +
  '  account_tier             = "Standard"\n' +
  '  account_replication_type = "GRS"\n' +
  extra +
  '}\n';

const minTls = 'variable "min_tls" {\n  type    = string\n  default = "TLS1_0"\n}\n';

ruleTester(rule, {
  good: [
    {
      name: 'old name on azurerm 4: Terraform rejects it, TF-500 offers the rename',
      code: account('  enable_https_traffic_only = false\n'),
      files: { 'versions.tf': 'terraform {\n  required_providers {\n    azurerm = { source = "hashicorp/azurerm", version = "~> 4.0" }\n  }\n}\n' },
    },
    { name: 'provider defaults', code: account('') },
    { name: 'TLS 1.2 and HTTPS only', code: account('  min_tls_version            = "TLS1_2"\n  https_traffic_only_enabled = true\n') },
    { name: 'pre-4.0 name set to true', code: account('  enable_https_traffic_only = true\n') },
    { name: 'TLS version from a variable', code: account('  min_tls_version = var.min_tls\n') },
    { name: 'HTTPS flag from a local', code: account('  https_traffic_only_enabled = local.https_only\n') },
    { name: 'count = 0', code: account('  count           = 0\n  min_tls_version = "TLS1_0"\n') },
    { name: 'other resource types are not storage accounts', code: 'resource "azurerm_mssql_server" "db" {\n  minimum_tls_version = "1.0"\n}\n' },
    {
      name: 'JSON syntax, TLS 1.2',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "azurerm_storage_account": {\n      "logs": { "name": "stlogs", "min_tls_version": "TLS1_2" }\n    }\n  }\n}\n',
    },
    {
      name: 'weak default overridden to TLS 1.2 in terraform.tfvars',
      code: account('  min_tls_version          = var.min_tls\n'),
      files: { 'variables.tf': minTls, 'terraform.tfvars': 'min_tls = "TLS1_2"\n' },
    },
    { name: 'TLS version from a variable without a default', code: account('  min_tls_version          = var.min_tls\n'), files: { 'variables.tf': 'variable "min_tls" {}\n' } },
  ],
  bad: [
    {
      name: 'TLS 1.0',
      code: account('  min_tls_version          = "TLS1_0"\n'),
      findings: [{ messageId: 'weakTls', line: 7, column: 30, endLine: 7, endColumn: 38, suggestions: [{ title: 'Require TLS 1.2', output: account('  min_tls_version          = "TLS1_2"\n') }] }],
    },
    {
      name: 'TLS 1.1',
      code: account('  min_tls_version = "TLS1_1"\n'),
      findings: [{ messageId: 'weakTls', line: 7, column: 21, endColumn: 29, suggestions: [{ output: account('  min_tls_version = "TLS1_2"\n') }] }],
    },
    {
      name: 'HTTP allowed (azurerm 4.x name)',
      code: account('  https_traffic_only_enabled = false\n'),
      findings: [{ messageId: 'httpAllowed', line: 7, column: 32, endColumn: 37, suggestions: [{ title: 'Accept HTTPS only', output: account('  https_traffic_only_enabled = true\n') }] }],
    },
    {
      name: 'HTTP allowed (pre-4.0 name) with TLS 1.0',
      code: account('  enable_https_traffic_only = false\n  min_tls_version           = "TLS1_0"\n'),
      findings: [
        { messageId: 'httpAllowed', line: 7, column: 31, endColumn: 36, suggestions: [{ output: account('  enable_https_traffic_only = true\n  min_tls_version           = "TLS1_0"\n') }] },
        { messageId: 'weakTls', line: 8, column: 31, endColumn: 39 },
      ],
    },
    {
      name: 'for_each accounts',
      code: account('  for_each        = var.accounts\n  min_tls_version = "TLS1_1"\n'),
      findings: [{ messageId: 'weakTls', line: 8, column: 21 }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "azurerm_storage_account": {\n      "logs": { "name": "stlogs", "min_tls_version": "TLS1_0", "https_traffic_only_enabled": false }\n    }\n  }\n}\n',
      findings: [
        { messageId: 'weakTls', line: 4, column: 54, endColumn: 62, suggestions: [{ output: '{\n  "resource": {\n    "azurerm_storage_account": {\n      "logs": { "name": "stlogs", "min_tls_version": "TLS1_2", "https_traffic_only_enabled": false }\n    }\n  }\n}\n' }] },
        { messageId: 'httpAllowed', line: 4, column: 94, endColumn: 99 },
      ],
    },
      {
      name: 'TLS 1.0 from a variable default in variables.tf: no edit of the default',
      code: account('  min_tls_version          = var.min_tls\n'),
      files: { 'variables.tf': minTls },
      findings: [{ messageId: 'weakTls', line: 7, column: 30, endColumn: 41, related: ['variables.tf:3:13'], suggestions: [] }],
    },
    {
      name: 'HTTP allowed through a local in another file',
      code: account('  https_traffic_only_enabled = local.https_only\n'),
      files: { 'locals.tf': 'locals {\n  https_only = false\n}\n' },
      findings: [{ messageId: 'httpAllowed', line: 7, column: 32, endColumn: 48, related: ['locals.tf:2:16'], suggestions: [] }],
    },
    {
      name: 'for_each over a known map: the weak element',
      code: account('  for_each                 = { a = "TLS1_2", b = "TLS1_1" }\n  min_tls_version          = each.value\n'),
      findings: [{ messageId: 'weakTls', line: 8, column: 30, endColumn: 40, related: [':7:50'] }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-500-removed-provider-argument';
import { ruleTester } from '../../helpers/rule-tester';

const pinned = (version: string, provider = 'azurerm') =>
  `terraform {\n  required_providers {\n    ${provider} = { source = "hashicorp/${provider}", version = "${version}" }\n  }\n}\n`;
const lock = (version: string) =>
  `provider "registry.terraform.io/hashicorp/azurerm" {\n  version     = "${version}"\n  constraints = ">= 3.0.0"\n  hashes = [\n    "h1:abc=",\n  ]\n}\n`;
const storage = (body: string) => `resource "azurerm_storage_account" "logs" {\n  name = "stlogs"\n${body}}\n`;
const https = '  enable_https_traffic_only = true\n';
const renamed = '  https_traffic_only_enabled = true\n';

ruleTester(rule, {
  good: [
    { name: 'provider version unknown: both names accepted', code: storage(https) },
    { name: 'azurerm 3.x still has the old name', code: storage(https), files: { 'versions.tf': pinned('~> 3.100') } },
    { name: 'new name on azurerm 4', code: storage(renamed), files: { 'versions.tf': pinned('~> 4.0') } },
    { name: 'constraint that allows two majors', code: storage(https), files: { 'versions.tf': pinned('>= 3.0, < 5.0') } },
    { name: 'lock file selects 3.x', code: storage(https), files: { 'versions.tf': pinned('>= 3.0'), '.terraform.lock.hcl': lock('3.117.1') } },
    {
      name: 'key vault RBAC flag is renamed only in 5.0',
      code: 'resource "azurerm_key_vault" "main" {\n  enable_rbac_authorization = true\n}\n',
      files: { 'versions.tf': pinned('~> 4.10') },
    },
    { name: 'count = 0', code: storage(`  count = 0\n${https}`), files: { 'versions.tf': pinned('~> 4.0') } },
    { name: 'PostgreSQL single server still exists in azurerm 4', code: 'resource "azurerm_postgresql_server" "db" {\n  name = "db"\n}\n', files: { 'versions.tf': pinned('~> 4.0') } },
  ],
  bad: [
    {
      name: 'old name on azurerm 4 from a constraint',
      code: storage(https),
      files: { 'versions.tf': pinned('~> 4.0') },
      findings: [{ messageId: 'renamed', line: 3, column: 3, endColumn: 28, output: storage('  https_traffic_only_enabled = true\n') }],
    },
    {
      name: 'old name on azurerm 4 from the lock file',
      code: storage(https),
      files: { 'versions.tf': pinned('>= 3.0'), '.terraform.lock.hcl': lock('4.12.0') },
      findings: [{ messageId: 'renamed', line: 3, column: 3, output: storage('  https_traffic_only_enabled = true\n') }],
    },
    {
      name: 'required_providers in the same file',
      code: `${pinned('4.1.0')}\n${storage(https)}`,
      findings: [{ messageId: 'renamed', line: 9, column: 3, output: `${pinned('4.1.0')}\n${storage(renamed)}` }],
    },
    {
      name: 'both names written: no rename that would duplicate the argument',
      code: storage(`${https}${renamed}`),
      files: { 'versions.tf': pinned('~> 4.0') },
      findings: [{ messageId: 'renamed', line: 3, column: 3 }],
    },
    {
      name: 'node pool flag inside default_node_pool',
      code: 'resource "azurerm_kubernetes_cluster" "main" {\n  default_node_pool {\n    name                  = "system"\n    enable_node_public_ip = false\n  }\n}\n',
      files: { 'versions.tf': pinned('~> 4.0') },
      findings: [{
        messageId: 'renamed', line: 4, column: 5, endColumn: 26,
        output: 'resource "azurerm_kubernetes_cluster" "main" {\n  default_node_pool {\n    name                  = "system"\n    node_public_ip_enabled = false\n  }\n}\n',
      }],
    },
    {
      name: 'removed without a plain rename: no fix',
      code: 'resource "azurerm_kubernetes_cluster" "main" {\n  api_server_authorized_ip_ranges = ["203.0.113.0/24"]\n}\n',
      files: { 'versions.tf': pinned('~> 4.0') },
      findings: [{ messageId: 'removed', line: 2, column: 3, endColumn: 34 }],
    },
    {
      name: 'google 6 removed require_ssl',
      code: 'resource "google_sql_database_instance" "db" {\n  settings {\n    ip_configuration {\n      require_ssl = true\n    }\n  }\n}\n',
      files: { 'versions.tf': pinned('~> 6.0', 'google') },
      findings: [{ messageId: 'removed', line: 4, column: 7, endColumn: 18 }],
    },
    {
      name: 'API Management protocol flags in azurerm 5',
      code: 'resource "azurerm_api_management" "main" {\n  security {\n    enable_frontend_tls10 = false\n  }\n}\n',
      files: { 'versions.tf': pinned('~> 5.0') },
      findings: [{ messageId: 'renamed', line: 3, column: 5, output: 'resource "azurerm_api_management" "main" {\n  security {\n    frontend_tls10_enabled = false\n  }\n}\n' }],
    },
    {
      name: 'resource type removed in azurerm 4',
      code: 'resource "azurerm_mysql_server" "db" {\n  name = "db"\n}\n',
      files: { 'versions.tf': pinned('~> 4.0') },
      findings: [{ messageId: 'removed', line: 1, column: 10, endColumn: 32 }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "azurerm_storage_account": {\n      "logs": { "name": "stlogs", "enable_https_traffic_only": true }\n    }\n  }\n}\n',
      files: { 'versions.tf': pinned('~> 4.0') },
      findings: [{
        messageId: 'renamed', line: 4, column: 35,
        output: '{\n  "resource": {\n    "azurerm_storage_account": {\n      "logs": { "name": "stlogs", "https_traffic_only_enabled": true }\n    }\n  }\n}\n',
      }],
    },
  ],
});

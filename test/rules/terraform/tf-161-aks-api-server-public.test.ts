import rule from '../../../rules/terraform/tf-161-aks-api-server-public';
import { ruleTester } from '../../helpers/rule-tester';

const cluster = (body: string) => `resource "azurerm_kubernetes_cluster" "main" {\n  name       = "aks-main"\n  dns_prefix = "aks-main"\n${body}}\n`;
const profile = (ranges: string) => `\n  api_server_access_profile {\n    authorized_ip_ranges = ${ranges}\n  }\n`;
const replaces = 'Make the cluster private (the provider replaces the resource)';

ruleTester(rule, {
  good: [
    { name: 'private cluster', code: cluster('  private_cluster_enabled = true\n') },
    { name: 'authorized ranges', code: cluster(profile('["203.0.113.0/24", "198.51.100.7/32"]')) },
    { name: '3.x top-level authorized ranges', code: cluster('  api_server_authorized_ip_ranges = ["203.0.113.0/24"]\n') },
    { name: 'private flag from a variable without a value', code: cluster('  private_cluster_enabled = var.private\n'), files: { 'variables.tf': 'variable "private" {}\n' } },
    { name: 'ranges from a variable without a value', code: cluster(profile('var.ranges')), files: { 'variables.tf': 'variable "ranges" {}\n' } },
    { name: 'a range not known before apply', code: cluster(profile('[azurerm_public_ip.ci.ip_address]')) },
    {
      name: 'dynamic profile over an unknown collection',
      code: cluster('  dynamic "api_server_access_profile" {\n    for_each = var.profiles\n    content {\n      authorized_ip_ranges = ["0.0.0.0/0"]\n    }\n  }\n'),
    },
    { name: 'count = 0', code: cluster('  count = 0\n') },
    { name: 'override file', filename: 'aks_override.tf', code: cluster('') },
    {
      name: 'JSON syntax, private',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "azurerm_kubernetes_cluster": {\n      "main": { "name": "aks", "private_cluster_enabled": true }\n    }\n  }\n}\n',
    },
  ],
  bad: [
    {
      name: 'public, no ranges',
      code: cluster(''),
      findings: [{ messageId: 'public', line: 1, column: 1, endColumn: 45, suggestions: [{ title: replaces, output: cluster('  private_cluster_enabled = true\n') }] }],
    },
    {
      name: 'private_cluster_enabled = false, no ranges',
      code: cluster('  private_cluster_enabled = false\n'),
      findings: [{ messageId: 'public', line: 4, column: 29, endColumn: 34, suggestions: [{ title: replaces, output: cluster('  private_cluster_enabled = true\n') }] }],
    },
    { name: 'empty authorized ranges', code: cluster(profile('[]')), findings: [{ messageId: 'public', line: 1, column: 1, endColumn: 45 }] },
    { name: 'profile without ranges', code: cluster('\n  api_server_access_profile {\n    subnet_id = azurerm_subnet.api.id\n  }\n'), findings: [{ messageId: 'public', line: 1, column: 1, endColumn: 45 }] },
    {
      name: 'world range',
      code: cluster(profile('["203.0.113.0/24", "0.0.0.0/0"]')),
      findings: [{ messageId: 'worldRange', line: 6, column: 47, endColumn: 58 }],
    },
    {
      name: '3.x top-level world range',
      code: cluster('  api_server_authorized_ip_ranges = ["0.0.0.0/0"]\n'),
      findings: [{ messageId: 'worldRange', line: 4, column: 38, endColumn: 49 }],
    },
    {
      name: 'no ranges from a variable default: reported at the header',
      code: cluster(profile('var.ranges')),
      files: { 'variables.tf': 'variable "ranges" {\n  type    = list(string)\n  default = []\n}\n' },
      findings: [{ messageId: 'public', line: 1, column: 1, endColumn: 45 }],
    },
    {
      name: 'world range from tfvars: at the use, origin related',
      code: cluster(profile('var.ranges')),
      files: { 'variables.tf': 'variable "ranges" {}\n', 'terraform.tfvars': 'ranges = ["0.0.0.0/0"]\n' },
      findings: [{ messageId: 'worldRange', line: 6, column: 28, endColumn: 38, related: ['terraform.tfvars:1:11'] }],
    },
    {
      name: 'JSON syntax, public',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "azurerm_kubernetes_cluster": {\n      "main": {\n        "name": "aks"\n      }\n    }\n  }\n}\n',
      findings: [{
        messageId: 'public', line: 4, column: 7, endColumn: 13,
        suggestions: [{ output: '{\n  "resource": {\n    "azurerm_kubernetes_cluster": {\n      "main": {\n        "name": "aks",\n        "private_cluster_enabled": true\n      }\n    }\n  }\n}\n' }],
      }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-152-azure-redis-non-ssl-port';
import { ruleTester } from '../../helpers/rule-tester';

const cache = (body: string) => `resource "azurerm_redis_cache" "main" {\n  name     = "cache"\n  sku_name = "Standard"\n${body}}\n`;

ruleTester(rule, {
  good: [
    {
      name: 'old name on azurerm 4: Terraform rejects it, TF-500 offers the rename',
      code: cache('  enable_non_ssl_port = true\n'),
      files: { '.terraform.lock.hcl': 'provider "registry.terraform.io/hashicorp/azurerm" {\n  version = "4.20.0"\n}\n' },
    },
    { name: 'provider default', code: cache('') },
    { name: 'closed, 4.x name', code: cache('  non_ssl_port_enabled = false\n') },
    { name: 'closed, 3.x name', code: cache('  enable_non_ssl_port = false\n') },
    { name: 'from a variable without a value', code: cache('  non_ssl_port_enabled = var.plain\n'), files: { 'variables.tf': 'variable "plain" {}\n' } },
    { name: 'count = 0', code: cache('  count                = 0\n  non_ssl_port_enabled = true\n') },
    {
      name: 'JSON syntax, closed',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "azurerm_redis_cache": {\n      "main": { "name": "cache", "non_ssl_port_enabled": false }\n    }\n  }\n}\n',
    },
  ],
  bad: [
    {
      name: 'open, 4.x name',
      code: cache('  non_ssl_port_enabled = true\n'),
      findings: [{ messageId: 'enabled', line: 4, column: 26, endColumn: 30, suggestions: [{ title: 'Set non_ssl_port_enabled = false', output: cache('  non_ssl_port_enabled = false\n') }] }],
    },
    {
      name: 'open, 3.x name',
      code: cache('  enable_non_ssl_port = true\n'),
      findings: [{ messageId: 'enabled', line: 4, column: 25, endColumn: 29, suggestions: [{ title: 'Set enable_non_ssl_port = false', output: cache('  enable_non_ssl_port = false\n') }] }],
    },
    {
      name: 'open from tfvars',
      code: cache('  non_ssl_port_enabled = var.plain\n'),
      files: { 'variables.tf': 'variable "plain" {\n  default = false\n}\n', 'terraform.tfvars': 'plain = true\n' },
      findings: [{ messageId: 'enabled', line: 4, column: 26, endColumn: 35, related: ['terraform.tfvars:1:9'], suggestions: [] }],
    },
    {
      name: 'for_each over a known map: the open element',
      code: cache('  for_each             = { a = false, b = true }\n  non_ssl_port_enabled = each.value\n'),
      findings: [{ messageId: 'enabled', line: 5, column: 26, endColumn: 36, related: [':4:43'] }],
    },
    {
      name: 'JSON syntax, open',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "azurerm_redis_cache": {\n      "main": { "enable_non_ssl_port": true }\n    }\n  }\n}\n',
      findings: [{ messageId: 'enabled', line: 4, column: 40, endColumn: 44 }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-153-azure-redis-weak-tls';
import { ruleTester } from '../../helpers/rule-tester';

const cache = (body: string) => `resource "azurerm_redis_cache" "main" {\n  name     = "cache"\n  sku_name = "Standard"\n${body}}\n`;
const title = 'Require TLS 1.2';

ruleTester(rule, {
  good: [
    { name: 'TLS 1.2', code: cache('  minimum_tls_version = "1.2"\n') },
    { name: 'from a variable without a value', code: cache('  minimum_tls_version = var.tls\n'), files: { 'variables.tf': 'variable "tls" {}\n' } },
    { name: 'from tfvars', code: cache('  minimum_tls_version = var.tls\n'), files: { 'variables.tf': 'variable "tls" {\n  default = "1.0"\n}\n', 'terraform.tfvars': 'tls = "1.2"\n' } },
    { name: 'count = 0', code: cache('  count = 0\n') },
    { name: 'override file', filename: 'redis_override.tf', code: cache('') },
    {
      name: 'JSON syntax, TLS 1.2',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "azurerm_redis_cache": {\n      "main": { "name": "cache", "minimum_tls_version": "1.2" }\n    }\n  }\n}\n',
    },
  ],
  bad: [
    {
      name: 'absent: the provider default is 1.0',
      code: cache(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 38, suggestions: [{ title, output: cache('  minimum_tls_version = "1.2"\n') }] }],
    },
    {
      name: 'TLS 1.0',
      code: cache('  minimum_tls_version = "1.0"\n'),
      findings: [{ messageId: 'weakTls', line: 4, column: 25, endColumn: 30, suggestions: [{ title, output: cache('  minimum_tls_version = "1.2"\n') }] }],
    },
    { name: 'TLS 1.1', code: cache('  minimum_tls_version = "1.1"\n'), findings: [{ messageId: 'weakTls', line: 4, column: 25, endColumn: 30 }] },
    {
      name: 'null leaves the default',
      code: cache('  minimum_tls_version = null\n'),
      findings: [{ messageId: 'missing', line: 4, column: 25, endColumn: 29, suggestions: [{ output: cache('  minimum_tls_version = "1.2"\n') }] }],
    },
    {
      name: 'through a local',
      code: cache('  minimum_tls_version = local.tls\n'),
      files: { 'locals.tf': 'locals {\n  tls = "1.1"\n}\n' },
      findings: [{ messageId: 'weakTls', line: 4, column: 25, endColumn: 34, related: ['locals.tf:2:9'], suggestions: [] }],
    },
    {
      name: 'JSON syntax, absent',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "azurerm_redis_cache": {\n      "main": {\n        "name": "cache"\n      }\n    }\n  }\n}\n',
      findings: [{
        messageId: 'missing', line: 4, column: 7, endColumn: 13,
        suggestions: [{ output: '{\n  "resource": {\n    "azurerm_redis_cache": {\n      "main": {\n        "name": "cache",\n        "minimum_tls_version": "1.2"\n      }\n    }\n  }\n}\n' }],
      }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-151-azure-app-service-weak-tls';
import { ruleTester } from '../../helpers/rule-tester';

const app = (config: string, type = 'azurerm_linux_web_app') =>
  `resource "${type}" "api" {\n  name       = "api"\n  https_only = true\n\n  site_config {\n${config}  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'provider default', code: app('') },
    { name: 'no site_config block', code: 'resource "azurerm_windows_web_app" "api" {\n  name = "api"\n}\n' },
    { name: 'TLS 1.2', code: app('    minimum_tls_version     = "1.2"\n    scm_minimum_tls_version = "1.2"\n') },
    { name: 'TLS 1.3', code: app('    minimum_tls_version = "1.3"\n') },
    { name: 'old resource, TLS 1.2', code: app('    min_tls_version = "1.2"\n', 'azurerm_app_service') },
    { name: 'from a variable without a value', code: app('    minimum_tls_version = var.tls\n'), files: { 'variables.tf': 'variable "tls" {}\n' } },
    { name: 'dynamic site_config over an unknown collection', code: 'resource "azurerm_linux_web_app" "api" {\n  dynamic "site_config" {\n    for_each = var.configs\n    content {\n      minimum_tls_version = "1.0"\n    }\n  }\n}\n' },
    { name: 'count = 0', code: app('    minimum_tls_version = "1.0"\n').replace('  name', '  count = 0\n  name') },
    { name: 'new argument name on an old resource is not read', code: app('    minimum_tls_version = "1.0"\n', 'azurerm_function_app') },
  ],
  bad: [
    {
      name: 'TLS 1.0',
      code: app('    minimum_tls_version = "1.0"\n'),
      findings: [{ messageId: 'weakTls', line: 6, column: 27, endColumn: 32, suggestions: [{ title: 'Require TLS 1.2', output: app('    minimum_tls_version = "1.2"\n') }] }],
    },
    {
      name: 'SCM endpoint on TLS 1.1',
      code: app('    scm_minimum_tls_version = "1.1"\n', 'azurerm_windows_function_app'),
      findings: [{ messageId: 'weakTls', line: 6, column: 31, endColumn: 36, suggestions: [{ output: app('    scm_minimum_tls_version = "1.2"\n', 'azurerm_windows_function_app') }] }],
    },
    {
      name: 'old app service, min_tls_version 1.0',
      code: app('    min_tls_version = "1.0"\n', 'azurerm_app_service'),
      findings: [{ messageId: 'weakTls', line: 6, column: 23, endColumn: 28 }],
    },
    {
      name: 'slot on TLS 1.0 from a variable default',
      code: app('    minimum_tls_version = var.tls\n', 'azurerm_linux_web_app_slot'),
      files: { 'variables.tf': 'variable "tls" {\n  default = "1.0"\n}\n' },
      findings: [{ messageId: 'weakTls', line: 6, column: 27, endColumn: 34, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'dynamic site_config over a known list',
      code: 'resource "azurerm_linux_web_app" "api" {\n  dynamic "site_config" {\n    for_each = ["x"]\n    content {\n      minimum_tls_version = "1.1"\n    }\n  }\n}\n',
      findings: [{ messageId: 'weakTls', line: 5, column: 29, endColumn: 34 }],
    },
    {
      name: 'JSON syntax, TLS 1.0',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "azurerm_linux_web_app": {\n      "api": { "site_config": { "minimum_tls_version": "1.0" } }\n    }\n  }\n}\n',
      findings: [{ messageId: 'weakTls', line: 4, column: 56, endColumn: 61, suggestions: [{ output: '{\n  "resource": {\n    "azurerm_linux_web_app": {\n      "api": { "site_config": { "minimum_tls_version": "1.2" } }\n    }\n  }\n}\n' }] }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-150-azure-app-service-http-allowed';
import { ruleTester } from '../../helpers/rule-tester';

const app = (body: string, type = 'azurerm_linux_web_app') =>
  `resource "${type}" "api" {\n  name            = "api"\n  service_plan_id = azurerm_service_plan.main.id\n${body}\n  site_config {}\n}\n`;
const title = 'Set https_only = true';

ruleTester(rule, {
  good: [
    { name: 'HTTPS only', code: app('  https_only      = true\n') },
    { name: 'HTTPS only written as a string', code: app('  https_only      = "true"\n') },
    { name: 'from a variable without a value', code: app('  https_only = var.https_only\n'), files: { 'variables.tf': 'variable "https_only" {}\n' } },
    { name: 'from tfvars', code: app('  https_only = var.https_only\n'), files: { 'variables.tf': 'variable "https_only" {\n  default = false\n}\n', 'terraform.tfvars': 'https_only = true\n' } },
    { name: 'function app slot, HTTPS only', code: app('  https_only = true\n', 'azurerm_windows_function_app_slot') },
    { name: 'count = 0', code: app('  count = 0\n') },
    { name: 'override file', filename: 'app_override.tf', code: app('') },
    { name: 'other resource types', code: 'resource "azurerm_service_plan" "main" {\n  name = "plan"\n}\n' },
    {
      name: 'JSON syntax, HTTPS only',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "azurerm_windows_web_app": {\n      "api": { "name": "api", "https_only": true }\n    }\n  }\n}\n',
    },
  ],
  bad: [
    {
      name: 'https_only absent',
      code: app(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 39, suggestions: [{ title, output: app('').replace('{}\n}', '{}\n  https_only = true\n}') }] }],
    },
    {
      name: 'https_only = false',
      code: app('  https_only      = false\n'),
      findings: [{ messageId: 'disabled', line: 4, column: 21, endColumn: 26, suggestions: [{ title, output: app('  https_only      = true\n') }] }],
    },
    {
      name: 'old azurerm_app_service resource',
      code: app('  https_only      = false\n', 'azurerm_app_service'),
      findings: [{ messageId: 'disabled', line: 4, column: 21, endColumn: 26 }],
    },
    { name: 'web app slot without it', code: app('', 'azurerm_linux_web_app_slot'), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 44 }] },
    { name: 'old function app without it', code: app('', 'azurerm_function_app'), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 38 }] },
    {
      name: 'false from a variable default: reported at the use, no edit of the default',
      code: app('  https_only = var.https_only\n'),
      files: { 'variables.tf': 'variable "https_only" {\n  type    = bool\n  default = false\n}\n' },
      findings: [{ messageId: 'disabled', line: 4, column: 16, endColumn: 30, related: ['variables.tf:3:13'], suggestions: [] }],
    },
    {
      name: 'for_each over a known map: the plain-HTTP element',
      code: app('  for_each   = { a = true, b = false }\n  https_only = each.value\n'),
      findings: [{ messageId: 'disabled', line: 5, column: 16, endColumn: 26, related: [':4:32'] }],
    },
    {
      name: 'JSON syntax, absent',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "azurerm_linux_function_app": {\n      "fn": {\n        "name": "fn"\n      }\n    }\n  }\n}\n',
      findings: [{
        messageId: 'missing', line: 4, column: 7, endColumn: 11,
        suggestions: [{ output: '{\n  "resource": {\n    "azurerm_linux_function_app": {\n      "fn": {\n        "name": "fn",\n        "https_only": true\n      }\n    }\n  }\n}\n' }],
      }],
    },
  ],
});

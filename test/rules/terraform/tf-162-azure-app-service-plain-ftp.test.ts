import rule from '../../../rules/terraform/tf-162-azure-app-service-plain-ftp';
import { ruleTester } from '../../helpers/rule-tester';

const app = (config: string, type = 'azurerm_linux_web_app') =>
  `resource "${type}" "api" {\n  name       = "api"\n  https_only = true\n\n  site_config {\n${config}  }\n}\n`;
const title = 'Allow only FTPS';

ruleTester(rule, {
  good: [
    { name: 'provider default on the 3.x resources', code: app('') },
    { name: 'FTPS only', code: app('    ftps_state = "FtpsOnly"\n') },
    { name: 'FTP disabled on an old app service', code: app('    ftps_state = "Disabled"\n', 'azurerm_app_service') },
    { name: 'from a variable without a value', code: app('    ftps_state = var.ftps\n', 'azurerm_function_app'), files: { 'variables.tf': 'variable "ftps" {}\n' } },
    { name: 'count = 0', code: app('    ftps_state = "AllAllowed"\n').replace('  name', '  count = 0\n  name') },
    { name: 'override file', filename: 'app_override.tf', code: 'resource "azurerm_app_service" "api" {\n  name = "api"\n}\n' },
    {
      name: 'JSON syntax, FTPS only',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "azurerm_windows_web_app": {\n      "api": { "site_config": { "ftps_state": "FtpsOnly" } }\n    }\n  }\n}\n',
    },
  ],
  bad: [
    {
      name: 'AllAllowed',
      code: app('    ftps_state = "AllAllowed"\n'),
      findings: [{ messageId: 'plainFtp', line: 6, column: 18, endColumn: 30, suggestions: [{ title, output: app('    ftps_state = "FtpsOnly"\n') }] }],
    },
    {
      name: 'old app service keeps the Azure default',
      code: app('', 'azurerm_app_service'),
      findings: [{ messageId: 'missing', line: 5, column: 3, endColumn: 14, suggestions: [{ title, output: app('    ftps_state = "FtpsOnly"\n', 'azurerm_app_service') }] }],
    },
    {
      name: 'old function app without site_config',
      code: 'resource "azurerm_function_app" "fn" {\n  name = "fn"\n}\n',
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 37, suggestions: [{ output: 'resource "azurerm_function_app" "fn" {\n  name = "fn"\n  site_config {\n    ftps_state = "FtpsOnly"\n  }\n}\n' }] }],
    },
    {
      name: 'slot, AllAllowed from a variable default',
      code: app('    ftps_state = var.ftps\n', 'azurerm_windows_web_app_slot'),
      files: { 'variables.tf': 'variable "ftps" {\n  default = "AllAllowed"\n}\n' },
      findings: [{ messageId: 'plainFtp', line: 6, column: 18, endColumn: 26, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'JSON syntax, AllAllowed',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "azurerm_linux_function_app": {\n      "fn": { "site_config": { "ftps_state": "AllAllowed" } }\n    }\n  }\n}\n',
      findings: [{ messageId: 'plainFtp', line: 4, column: 46, endColumn: 58 }],
    },
  ],
});

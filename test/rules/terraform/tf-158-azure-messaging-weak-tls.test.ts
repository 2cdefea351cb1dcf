import rule from '../../../rules/terraform/tf-158-azure-messaging-weak-tls';
import { ruleTester } from '../../helpers/rule-tester';

const ns = (body: string, type = 'azurerm_eventhub_namespace') => `resource "${type}" "main" {\n  name = "ns-main"\n  sku  = "Standard"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'provider default', code: ns('') },
    { name: 'TLS 1.2', code: ns('  minimum_tls_version = "1.2"\n') },
    { name: 'Service Bus, TLS 1.2', code: ns('  minimum_tls_version = "1.2"\n', 'azurerm_servicebus_namespace') },
    { name: 'from a variable without a value', code: ns('  minimum_tls_version = var.tls\n'), files: { 'variables.tf': 'variable "tls" {}\n' } },
    { name: 'count = 0', code: ns('  count               = 0\n  minimum_tls_version = "1.0"\n') },
    {
      name: 'JSON syntax, TLS 1.2',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "azurerm_eventhub_namespace": {\n      "main": { "minimum_tls_version": "1.2" }\n    }\n  }\n}\n',
    },
  ],
  bad: [
    {
      name: 'Event Hubs on TLS 1.0',
      code: ns('  minimum_tls_version = "1.0"\n'),
      findings: [{ messageId: 'weakTls', line: 4, column: 25, endColumn: 30, suggestions: [{ title: 'Require TLS 1.2', output: ns('  minimum_tls_version = "1.2"\n') }] }],
    },
    { name: 'Service Bus on TLS 1.1', code: ns('  minimum_tls_version = "1.1"\n', 'azurerm_servicebus_namespace'), findings: [{ messageId: 'weakTls', line: 4, column: 25, endColumn: 30 }] },
    {
      name: 'from tfvars',
      code: ns('  minimum_tls_version = var.tls\n'),
      files: { 'variables.tf': 'variable "tls" {\n  default = "1.2"\n}\n', 'terraform.tfvars': 'tls = "1.0"\n' },
      findings: [{ messageId: 'weakTls', line: 4, column: 25, endColumn: 32, related: ['terraform.tfvars:1:7'], suggestions: [] }],
    },
    {
      name: 'JSON syntax, TLS 1.0',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "azurerm_servicebus_namespace": {\n      "main": { "minimum_tls_version": "1.0" }\n    }\n  }\n}\n',
      findings: [{ messageId: 'weakTls', line: 4, column: 40, endColumn: 45, suggestions: [{ output: '{\n  "resource": {\n    "azurerm_servicebus_namespace": {\n      "main": { "minimum_tls_version": "1.2" }\n    }\n  }\n}\n' }] }],
    },
  ],
});

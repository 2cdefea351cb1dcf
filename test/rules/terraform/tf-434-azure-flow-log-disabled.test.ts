import rule from '../../../rules/terraform/tf-434-azure-flow-log-disabled';
import { ruleTester } from '../../helpers/rule-tester';

const log = (enabled: string) =>
  `resource "azurerm_network_watcher_flow_log" "vnet" {\n  name               = "vnet"\n  target_resource_id = azurerm_virtual_network.main.id\n  enabled            = ${enabled}\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'enabled', code: log('true') },
    { name: 'enabled from a variable without a value', code: log('var.flow_logs'), files: { 'variables.tf': 'variable "flow_logs" {}\n' } },
  ],
  bad: [
    { name: 'disabled', code: log('false'), findings: [{ messageId: 'disabled', line: 4, column: 24, endColumn: 29, output: log('true') }] },
    { name: 'disabled by a variable default', code: log('var.flow_logs'), files: { 'variables.tf': 'variable "flow_logs" {\n  default = false\n}\n' }, findings: [{ messageId: 'disabled', line: 4, column: 24, endColumn: 37 }] },
    {
      name: 'one for_each instance disabled',
      code: 'resource "azurerm_network_watcher_flow_log" "nsg" {\n  for_each = { a = true, b = false }\n  name     = each.key\n  enabled  = each.value\n}\n',
      findings: [{ messageId: 'disabled', line: 4, column: 14, endColumn: 24 }],
    },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"azurerm_network_watcher_flow_log": {"vnet": {"enabled": false}}}}\n', findings: [{ messageId: 'disabled', line: 1, column: 72, endColumn: 77, output: '{"resource": {"azurerm_network_watcher_flow_log": {"vnet": {"enabled": true}}}}\n' }] },
  ],
});

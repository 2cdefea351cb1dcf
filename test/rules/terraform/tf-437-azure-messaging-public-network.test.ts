import rule from '../../../rules/terraform/tf-437-azure-messaging-public-network';
import { ruleTester } from '../../helpers/rule-tester';

const resource = (type: string, body: string) => `resource "${type}" "main" {\n  name = "main"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'Event Hubs namespace with public access off', code: resource('azurerm_eventhub_namespace', '  public_network_access_enabled = false\n') },
    { name: 'Event Grid topic from a variable without a value', code: resource('azurerm_eventgrid_topic', '  public_network_access_enabled = var.public\n'), files: { 'variables.tf': 'variable "public" {}\n' } },
    { name: 'a queue is not a namespace', code: resource('azurerm_servicebus_queue', '') },
  ],
  bad: [
    { name: 'Service Bus namespace, provider default', code: resource('azurerm_servicebus_namespace', ''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 47 }] },
    { name: 'Event Grid domain, explicitly true', code: resource('azurerm_eventgrid_domain', '  public_network_access_enabled = true\n'), findings: [{ messageId: 'enabled', line: 3, column: 35, endColumn: 39 }] },
    {
      name: 'Event Hubs namespaces in for_each, one public',
      code: 'resource "azurerm_eventhub_namespace" "ns" {\n  for_each                      = { a = false, b = true }\n  name                          = each.key\n  public_network_access_enabled = each.value\n}\n',
      findings: [{ messageId: 'enabled', line: 4, column: 35, endColumn: 45 }],
    },
  ],
});

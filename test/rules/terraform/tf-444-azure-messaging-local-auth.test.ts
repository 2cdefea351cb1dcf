import rule from '../../../rules/terraform/tf-444-azure-messaging-local-auth';
import { ruleTester } from '../../helpers/rule-tester';

const resource = (type: string, body: string) => `resource "${type}" "main" {\n  name = "main"\n${body}}\n`;
const title = 'Set local_auth_enabled = false';

ruleTester(rule, {
  good: [
    { name: 'Service Bus without keys', code: resource('azurerm_servicebus_namespace', '  local_auth_enabled = false\n') },
    { name: 'from a variable without a value', code: resource('azurerm_eventhub_namespace', '  local_auth_enabled = var.keys\n'), files: { 'variables.tf': 'variable "keys" {}\n' } },
  ],
  bad: [
    {
      name: 'Event Hubs, provider default',
      code: resource('azurerm_eventhub_namespace', ''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 45, suggestions: [{ title, output: resource('azurerm_eventhub_namespace', '  local_auth_enabled = false\n') }] }],
    },
    { name: 'AI services account, explicitly true', code: resource('azurerm_cognitive_account', '  local_auth_enabled = true\n'), findings: [{ messageId: 'keys', line: 3, column: 24, endColumn: 28 }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"azurerm_servicebus_namespace": {"main": {"local_auth_enabled": true}}}}\n', findings: [{ messageId: 'keys', line: 1, column: 79, endColumn: 83 }] },
  ],
});

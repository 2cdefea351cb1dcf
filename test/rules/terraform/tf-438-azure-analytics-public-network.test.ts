import rule from '../../../rules/terraform/tf-438-azure-analytics-public-network';
import { ruleTester } from '../../helpers/rule-tester';

const resource = (type: string, body: string) => `resource "${type}" "main" {\n  name = "main"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'AI Search with public access off', code: resource('azurerm_search_service', '  public_network_access_enabled = false\n') },
    { name: 'Data Factory with public access off', code: resource('azurerm_data_factory', '  public_network_enabled = false\n') },
    { name: 'Synapse from a variable without a value', code: resource('azurerm_synapse_workspace', '  public_network_access_enabled = var.public\n'), files: { 'variables.tf': 'variable "public" {}\n' } },
  ],
  bad: [
    {
      name: 'cognitive account, provider default',
      code: resource('azurerm_cognitive_account', ''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 44, suggestions: [{ output: resource('azurerm_cognitive_account', '  public_network_access_enabled = false\n') }] }],
    },
    {
      name: 'Data Factory, provider default',
      code: resource('azurerm_data_factory', ''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 39, suggestions: [{ title: 'Set public_network_enabled = false', output: resource('azurerm_data_factory', '  public_network_enabled = false\n') }] }],
    },
    { name: 'Machine Learning workspace, explicitly true', code: resource('azurerm_machine_learning_workspace', '  public_network_access_enabled = true\n'), findings: [{ messageId: 'enabled', line: 3, column: 35, endColumn: 39 }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"azurerm_databricks_workspace": {"main": {"public_network_access_enabled": true}}}}\n', findings: [{ messageId: 'enabled', line: 1, column: 90, endColumn: 94 }] },
  ],
});

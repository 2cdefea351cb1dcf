import rule from '../../../rules/terraform/tf-466-azure-sql-threat-detection-off';
import { ruleTester } from '../../helpers/rule-tester';

const policy = (body: string) => `resource "azurerm_mssql_server_security_alert_policy" "main" {\n  server_name = azurerm_mssql_server.main.name\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'enabled, nothing disabled', code: policy('  state           = "Enabled"\n  disabled_alerts = []\n') },
    { name: 'state from a variable without a value', code: policy('  state = var.state\n'), files: { 'variables.tf': 'variable "state" {}\n' } },
    { name: 'database without a policy block', code: 'resource "azurerm_mssql_database" "db" {\n  name = "db"\n}\n' },
  ],
  bad: [
    {
      name: 'server policy disabled',
      code: policy('  state = "Disabled"\n'),
      findings: [{ messageId: 'disabled', line: 3, column: 11, endColumn: 21, suggestions: [{ title: 'Set state = "Enabled"', output: policy('  state = "Enabled"\n') }] }],
    },
    { name: 'some alerts disabled', code: policy('  state           = "Enabled"\n  disabled_alerts = ["Sql_Injection", "Data_Exfiltration"]\n'), findings: [{ messageId: 'alertsOff', line: 4, column: 21, endColumn: 59 }] },
    { name: 'database block disabled', code: 'resource "azurerm_mssql_database" "db" {\n  threat_detection_policy {\n    state = "Disabled"\n  }\n}\n', findings: [{ messageId: 'disabled', line: 3, column: 13, endColumn: 23 }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"azurerm_mssql_server_security_alert_policy": {"main": {"state": "Disabled"}}}}\n', findings: [{ messageId: 'disabled', line: 1, column: 80, endColumn: 90 }] },
  ],
});

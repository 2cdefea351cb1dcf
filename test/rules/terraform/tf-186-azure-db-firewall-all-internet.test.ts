import rule from '../../../rules/terraform/tf-186-azure-db-firewall-all-internet';
import { ruleTester } from '../../helpers/rule-tester';

const fw = (start: string, end: string, type = 'azurerm_mssql_firewall_rule') => `resource "${type}" "r" {\n  name             = "r"\n  start_ip_address = ${start}\n  end_ip_address   = ${end}\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'one office range', code: fw('"203.0.113.0"', '"203.0.113.255"') },
    { name: 'Allow Azure services (0.0.0.0 to 0.0.0.0)', code: fw('"0.0.0.0"', '"0.0.0.0"') },
    { name: 'end from a variable without a value', code: fw('"0.0.0.0"', 'var.end'), files: { 'variables.tf': 'variable "end" {}\n' } },
  ],
  bad: [
    { name: 'whole internet on SQL', code: fw('"0.0.0.0"', '"255.255.255.255"'), findings: [{ messageId: 'allInternet', line: 4, column: 22, endColumn: 39 }] },
    { name: 'almost everything on a PostgreSQL flexible server', code: fw('"0.0.0.1"', '"254.255.255.255"', 'azurerm_postgresql_flexible_server_firewall_rule'), findings: [{ messageId: 'allInternet', line: 4, column: 22, endColumn: 39 }] },
    {
      name: 'from tfvars',
      code: fw('var.start', 'var.end', 'azurerm_mysql_flexible_server_firewall_rule'),
      files: { 'variables.tf': 'variable "start" {}\nvariable "end" {}\n', 'terraform.tfvars': 'start = "0.0.0.0"\nend   = "255.255.255.255"\n' },
      findings: [{ messageId: 'allInternet', line: 4, column: 22, endColumn: 29, related: ['terraform.tfvars:2:9'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"azurerm_sql_firewall_rule": {"r": {"start_ip_address": "0.0.0.0", "end_ip_address": "255.255.255.255"}}}}\n',
      findings: [{ messageId: 'allInternet', line: 1, column: 100, endColumn: 117 }],
    },
  ],
});

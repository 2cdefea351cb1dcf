import rule from '../../../rules/terraform/tf-210-cloud-sql-open-to-internet';
import { ruleTester } from '../../helpers/rule-tester';

const sql = (ip: string) =>
  `resource "google_sql_database_instance" "main" {\n  database_version = "MYSQL_8_0"\n  settings {\n    tier = "db-f1-micro"\n    ip_configuration {\n${ip}    }\n  }\n}\n`;
const network = (value: string) => `      authorized_networks {\n        name  = "n"\n        value = ${value}\n      }\n`;

ruleTester(rule, {
  good: [
    { name: 'an office range', code: sql(network('"203.0.113.0/24"')) },
    { name: 'public IP off', code: sql(`      ipv4_enabled = false\n${network('"0.0.0.0/0"')}`) },
    { name: 'public IP flag not known before apply', code: sql(`      ipv4_enabled = var.public\n${network('"0.0.0.0/0"')}`) },
    { name: 'range not known before apply', code: sql(network('var.cidr')) },
    { name: 'dynamic networks not known before apply', code: sql('      dynamic "authorized_networks" {\n        for_each = var.networks\n        content {\n          value = authorized_networks.value\n        }\n      }\n') },
    { name: 'a range from tfvars', code: sql(network('var.cidr')), files: { 'variables.tf': 'variable "cidr" {\n  default = "0.0.0.0/0"\n}\n', 'terraform.tfvars': 'cidr = "198.51.100.7/32"\n' } },
    { name: 'JSON syntax, office range', filename: 'main.tf.json', code: '{"resource": {"google_sql_database_instance": {"main": {"settings": {"ip_configuration": {"authorized_networks": {"value": "203.0.113.0/24"}}}}}}}\n' },
  ],
  bad: [
    { name: 'the whole internet', code: sql(network('"0.0.0.0/0"')), findings: [{ messageId: 'world', line: 8, column: 17, endColumn: 28, suggestions: [] }] },
    { name: 'public IP explicitly on', code: sql(`      ipv4_enabled = true\n${network('"0.0.0.0/0"')}`), findings: [{ messageId: 'world', line: 9, column: 17, endColumn: 28 }] },
    {
      name: 'from a variable default',
      code: sql(network('var.cidr')),
      files: { 'variables.tf': 'variable "cidr" {\n  default = "0.0.0.0/0"\n}\n' },
      findings: [{ messageId: 'world', line: 8, column: 17, endColumn: 25, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'dynamic networks over a known list',
      code: sql('      dynamic "authorized_networks" {\n        for_each = ["10.0.0.0/8", "0.0.0.0/0"]\n        content {\n          value = authorized_networks.value\n        }\n      }\n'),
      findings: [{ messageId: 'world', line: 9, column: 19, endColumn: 44 }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"google_sql_database_instance": {"main": {"settings": {"ip_configuration": {"authorized_networks": {"value": "0.0.0.0/0"}}}}}}}\n',
      findings: [{ messageId: 'world', line: 1, column: 124, endColumn: 135 }],
    },
  ],
});

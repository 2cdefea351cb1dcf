import rule from '../../../rules/terraform/tf-242-cloud-sql-public-ip';
import { ruleTester } from '../../helpers/rule-tester';

const sql = (settings: string, extra = '') =>
  `resource "google_sql_database_instance" "main" {\n  database_version = "POSTGRES_16"\n${extra}  settings {\n    tier = "db-f1-micro"\n${settings}  }\n}\n`;
const ip = (body: string) => `    ip_configuration {\n${body}    }\n`;

ruleTester(rule, {
  good: [
    { name: 'private only', code: sql(ip('      ipv4_enabled    = false\n      private_network = var.network\n')) },
    { name: 'not known before apply', code: sql(ip('      ipv4_enabled = var.public\n')) },
    { name: 'a clone', code: sql('', '  clone {\n    source_instance_name = "src"\n  }\n') },
  ],
  bad: [
    { name: 'no ip_configuration', code: sql(''), findings: [{ messageId: 'missing', line: 3, column: 3, endColumn: 11, suggestions: [] }] },
    {
      name: 'private network beside the public IP',
      code: sql(ip('      private_network = var.network\n')),
      findings: [{ messageId: 'missing', line: 5, column: 5, endColumn: 21, suggestions: [{ title: 'Set ipv4_enabled = false', output: sql(ip('      private_network = var.network\n      ipv4_enabled = false\n')) }] }],
    },
    {
      name: 'enabled with a private network',
      code: sql(ip('      ipv4_enabled    = true\n      private_network = var.network\n')),
      findings: [{ messageId: 'enabled', line: 6, column: 25, endColumn: 29, suggestions: [{ output: sql(ip('      ipv4_enabled    = false\n      private_network = var.network\n')) }] }],
    },
    { name: 'enabled, no other way in', code: sql(ip('      ipv4_enabled = true\n')), findings: [{ messageId: 'enabled', line: 6, column: 22, endColumn: 26, suggestions: [] }] },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"google_sql_database_instance": {"main": {"database_version": "MYSQL_8_0", "settings": {"ip_configuration": {"ipv4_enabled": true}}}}}}\n',
      findings: [{ messageId: 'enabled', line: 1 }],
    },
  ],
});

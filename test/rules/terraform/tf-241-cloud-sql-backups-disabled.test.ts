import rule from '../../../rules/terraform/tf-241-cloud-sql-backups-disabled';
import { ruleTester } from '../../helpers/rule-tester';

const sql = (settings: string, extra = '') =>
  `resource "google_sql_database_instance" "main" {\n  database_version = "POSTGRES_16"\n${extra}  settings {\n    tier = "db-f1-micro"\n${settings}  }\n}\n`;
const backup = (enabled: string) => `    backup_configuration {\n      enabled = ${enabled}\n    }\n`;

ruleTester(rule, {
  good: [
    { name: 'enabled', code: sql(backup('true')) },
    { name: 'not known before apply', code: sql(backup('var.backups')) },
    { name: 'a read replica', code: sql('', '  master_instance_name = google_sql_database_instance.primary.name\n') },
    { name: 'a clone', code: sql('', '  clone {\n    source_instance_name = "src"\n  }\n') },
    { name: 'backup block from a dynamic block not known before apply', code: sql('    dynamic "backup_configuration" {\n      for_each = var.backups\n      content {\n        enabled = true\n      }\n    }\n') },
    { name: 'enabled through tfvars', code: sql(backup('var.backups')), files: { 'variables.tf': 'variable "backups" {\n  default = false\n}\n', 'terraform.tfvars': 'backups = true\n' } },
  ],
  bad: [
    {
      name: 'no backup_configuration',
      code: sql(''),
      findings: [{ messageId: 'missing', line: 3, column: 3, endColumn: 11, suggestions: [{ title: 'Set enabled = true', output: sql('    backup_configuration {\n      enabled = true\n    }\n') }] }],
    },
    { name: 'block without enabled', code: sql('    backup_configuration {\n      start_time = "03:00"\n    }\n'), findings: [{ messageId: 'missing', line: 5, column: 5, endColumn: 25 }] },
    { name: 'disabled', code: sql(backup('false')), findings: [{ messageId: 'disabled', line: 6, column: 17, endColumn: 22, suggestions: [{ output: sql(backup('true')) }] }] },
    {
      name: 'disabled from a module input',
      code: sql(backup('var.backups')),
      files: { 'variables.tf': 'variable "backups" {\n  default = false\n}\n' },
      findings: [{ messageId: 'disabled', line: 6, column: 17, endColumn: 28, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'JSON syntax, disabled',
      filename: 'main.tf.json',
      code: '{"resource": {"google_sql_database_instance": {"main": {"database_version": "MYSQL_8_0", "settings": {"backup_configuration": {"enabled": false}}}}}}\n',
      findings: [{ messageId: 'disabled', line: 1 }],
    },
  ],
});

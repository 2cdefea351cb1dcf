import rule from '../../../rules/terraform/tf-235-cloud-sql-postgres-logging-flags';
import { ruleTester } from '../../helpers/rule-tester';

const sql = (flags: string, version = '"POSTGRES_14"') =>
  `resource "google_sql_database_instance" "main" {\n  database_version = ${version}\n  settings {\n    tier = "db-f1-micro"\n${flags}  }\n}\n`;
const flag = (name: string, value: string) => `    database_flags {\n      name  = "${name}"\n      value = ${value}\n    }\n`;
const all = flag('log_checkpoints', '"on"') + flag('log_lock_waits', '"on"') + flag('log_temp_files', '"0"') + flag('log_statement', '"ddl"');
const ddl = flag('log_statement', '"ddl"');

ruleTester(rule, {
  good: [
    { name: 'all three set', code: sql(all) },
    { name: 'statement durations off', code: sql(all + flag('log_min_duration_statement', '"-1"')) },
    { name: 'PostgreSQL 15 logs checkpoints by default', code: sql(flag('log_lock_waits', '"on"') + flag('log_temp_files', '"0"') + flag('log_statement', '"ddl"'), '"POSTGRES_15"') },
    { name: 'MySQL is not judged', code: sql('', '"MYSQL_8_0"') },
    { name: 'version not known before apply', code: sql('', 'var.version') },
    { name: 'a flag name not known before apply', code: sql('    database_flags {\n      name  = var.flag\n      value = "on"\n    }\n') },
    { name: 'a clone takes its source flags', code: sql('    dynamic "x" {\n      for_each = []\n      content {}\n    }\n').replace('  settings {', '  clone {\n    source_instance_name = "src"\n  }\n  settings {') },
    { name: 'JSON syntax, all set', filename: 'main.tf.json', code: '{"resource": {"google_sql_database_instance": {"main": {"database_version": "POSTGRES_15", "settings": {"database_flags": [{"name": "log_checkpoints", "value": "on"}, {"name": "log_lock_waits", "value": "on"}, {"name": "log_temp_files", "value": "0"}, {"name": "log_statement", "value": "mod"}]}}}}}\n' },
  ],
  bad: [
    {
      name: 'none set',
      code: sql(''),
      findings: [{
        messageId: 'missing', line: 3, column: 3, endColumn: 11,
        suggestions: [{
          title: 'Set log_checkpoints to on, log_lock_waits to on, log_temp_files to 0, log_statement to ddl',
          output: sql('    database_flags {\n      name = "log_checkpoints"\n      value = "on"\n    }\n    database_flags {\n      name = "log_lock_waits"\n      value = "on"\n    }\n    database_flags {\n      name = "log_temp_files"\n      value = "0"\n    }\n    database_flags {\n      name = "log_statement"\n      value = "ddl"\n    }\n'),
        }],
      }],
    },
    { name: 'temporary files logged from a size', code: sql(flag('log_checkpoints', '"on"') + flag('log_lock_waits', '"on"') + flag('log_temp_files', '"1024"') + ddl), findings: [{ messageId: 'insecure', line: 15, column: 15, endColumn: 21 }] },
    { name: 'lock waits off', code: sql(flag('log_checkpoints', '"on"') + flag('log_lock_waits', '"off"') + flag('log_temp_files', '"0"') + ddl), findings: [{ messageId: 'insecure', line: 11, column: 15, endColumn: 20 }] },
    { name: 'statement durations logged', code: sql(all + flag('log_min_duration_statement', '"1000"')), findings: [{ messageId: 'insecure', line: 23, column: 15, endColumn: 21 }] },
    { name: 'no statements logged', code: sql(all.replace('"ddl"', '"none"')), findings: [{ messageId: 'insecure', line: 19, column: 15, endColumn: 21 }] },
    {
      name: 'off from a variable default',
      code: sql(flag('log_checkpoints', 'var.v') + flag('log_lock_waits', '"on"') + flag('log_temp_files', '"0"') + ddl),
      files: { 'variables.tf': 'variable "v" {\n  default = "off"\n}\n' },
      findings: [{ messageId: 'insecure', line: 7, column: 15, endColumn: 20, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'JSON syntax, one missing',
      filename: 'main.tf.json',
      code: '{"resource": {"google_sql_database_instance": {"main": {"database_version": "POSTGRES_15", "settings": {"database_flags": [{"name": "log_checkpoints", "value": "on"}, {"name": "log_lock_waits", "value": "on"}, {"name": "log_temp_files", "value": "0"}]}}}}}\n',
      findings: [{ messageId: 'missing', line: 1, column: 92, endColumn: 102, suggestions: [] }],
    },
  ],
});

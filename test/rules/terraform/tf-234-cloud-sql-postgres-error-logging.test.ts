import rule from '../../../rules/terraform/tf-234-cloud-sql-postgres-error-logging';
import { ruleTester } from '../../helpers/rule-tester';

const sql = (flags: string, version = '"POSTGRES_16"') =>
  `resource "google_sql_database_instance" "main" {\n  database_version = ${version}\n  settings {\n    tier = "db-f1-micro"\n${flags}  }\n}\n`;
const flag = (name: string, value: string) => `    database_flags {\n      name  = "${name}"\n      value = ${value}\n    }\n`;

ruleTester(rule, {
  good: [
    { name: 'defaults', code: sql('') },
    { name: 'ERROR and WARNING', code: sql(flag('log_min_messages', '"WARNING"') + flag('log_min_error_statement', '"error"')) },
    { name: 'finer levels', code: sql(flag('log_min_messages', '"DEBUG1"') + flag('log_error_verbosity', '"VERBOSE"')) },
    { name: 'MySQL is not judged', code: sql(flag('log_min_messages', '"PANIC"'), '"MYSQL_8_0"') },
    { name: 'version not known before apply', code: sql(flag('log_min_messages', '"PANIC"'), 'var.version') },
    { name: 'value not known before apply', code: sql(flag('log_min_messages', 'var.level')) },
    { name: 'flags from a dynamic block not known before apply', code: sql('    dynamic "database_flags" {\n      for_each = var.flags\n      content {\n        name  = database_flags.key\n        value = database_flags.value\n      }\n    }\n') },
  ],
  bad: [
    { name: 'PANIC', code: sql(flag('log_min_messages', '"PANIC"')), findings: [{ messageId: 'hidden', line: 7, column: 15, endColumn: 22 }] },
    { name: 'terse errors', code: sql(flag('log_error_verbosity', '"TERSE"')), findings: [{ messageId: 'hidden', line: 7, column: 15, endColumn: 22 }] },
    { name: 'error statements at FATAL', code: sql(flag('log_min_error_statement', '"fatal"')), findings: [{ messageId: 'hidden', line: 7, column: 15, endColumn: 22 }] },
    {
      name: 'LOG from a variable default',
      code: sql(flag('log_min_messages', 'var.level')),
      files: { 'variables.tf': 'variable "level" {\n  default = "LOG"\n}\n' },
      findings: [{ messageId: 'hidden', line: 7, column: 15, endColumn: 24, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'dynamic block over a known map',
      code: sql('    dynamic "database_flags" {\n      for_each = { log_min_messages = "PANIC" }\n      content {\n        name  = database_flags.key\n        value = database_flags.value\n      }\n    }\n'),
      findings: [{ messageId: 'hidden', line: 9, column: 17, endColumn: 37 }],
    },
    {
      name: 'count instances',
      code: sql(flag('log_min_messages', '"FATAL"')).replace('  database_version', '  count            = 2\n  database_version'),
      findings: [{ messageId: 'hidden', line: 8, column: 15, endColumn: 22 }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"google_sql_database_instance": {"main": {"database_version": "POSTGRES_15", "settings": {"database_flags": [{"name": "log_min_messages", "value": "PANIC"}]}}}}}\n',
      findings: [{ messageId: 'hidden', line: 1, column: 162, endColumn: 169 }],
    },
  ],
});

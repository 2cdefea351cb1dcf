import rule from '../../../rules/terraform/tf-213-cloud-sql-postgres-connection-logs';
import { ruleTester } from '../../helpers/rule-tester';

const sql = (flags: string, version = '"POSTGRES_16"') =>
  `resource "google_sql_database_instance" "main" {\n  database_version = ${version}\n  settings {\n    tier = "db-f1-micro"\n${flags}  }\n}\n`;
const flag = (name: string, value: string) => `    database_flags {\n      name = "${name}"\n      value = ${value}\n    }\n`;
const both = flag('log_connections', '"on"') + flag('log_disconnections', '"on"');

ruleTester(rule, {
  good: [
    { name: 'both on', code: sql(both) },
    { name: 'MySQL is not judged', code: sql('', '"MYSQL_8_0"') },
    { name: 'version not known before apply', code: sql('', 'var.version') },
    { name: 'flag value not known before apply', code: sql(flag('log_connections', 'var.on') + flag('log_disconnections', '"on"')) },
    { name: 'a flag name not known before apply', code: sql(flag('log_connections', '"on"') + '    database_flags {\n      name  = var.flag\n      value = "on"\n    }\n') },
    { name: 'flags from a dynamic block not known before apply', code: sql('    dynamic "database_flags" {\n      for_each = var.flags\n      content {\n        name  = database_flags.key\n        value = database_flags.value\n      }\n    }\n') },
    { name: 'flags from a dynamic block over a known map', code: sql('    dynamic "database_flags" {\n      for_each = { log_connections = "on", log_disconnections = "on" }\n      content {\n        name  = database_flags.key\n        value = database_flags.value\n      }\n    }\n') },
    { name: 'JSON syntax, both on', filename: 'main.tf.json', code: '{"resource": {"google_sql_database_instance": {"main": {"database_version": "POSTGRES_15", "settings": {"database_flags": [{"name": "log_connections", "value": "on"}, {"name": "log_disconnections", "value": "on"}]}}}}}\n' },
  ],
  bad: [
    {
      name: 'neither set',
      code: sql(''),
      findings: [{
        messageId: 'missing', line: 3, column: 3, endColumn: 11,
        suggestions: [{
          title: 'Set log_connections and log_disconnections to on',
          output: sql('    database_flags {\n      name = "log_connections"\n      value = "on"\n    }\n    database_flags {\n      name = "log_disconnections"\n      value = "on"\n    }\n'),
        }],
      }],
    },
    {
      name: 'one missing',
      code: sql(flag('log_connections', '"on"')),
      findings: [{ messageId: 'missing', line: 3, column: 3, endColumn: 11, suggestions: [{ title: 'Set log_disconnections to on', output: sql(flag('log_connections', '"on"') + '    database_flags {\n      name = "log_disconnections"\n      value = "on"\n    }\n') }] }],
    },
    { name: 'turned off', code: sql(flag('log_connections', '"off"') + flag('log_disconnections', '"on"')), findings: [{ messageId: 'off', line: 7, column: 15, endColumn: 20 }] },
    {
      name: 'off from a variable default',
      code: sql(flag('log_connections', 'var.v') + flag('log_disconnections', '"on"')),
      files: { 'variables.tf': 'variable "v" {\n  default = "off"\n}\n' },
      findings: [{ messageId: 'off', line: 7, column: 15, endColumn: 20, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'JSON syntax, neither set',
      filename: 'main.tf.json',
      code: '{"resource": {"google_sql_database_instance": {"main": {"database_version": "POSTGRES_15", "settings": {"tier": "db-f1-micro"}}}}}\n',
      findings: [{ messageId: 'missing', line: 1, column: 92, endColumn: 102, suggestions: [] }],
    },
    {
      // A second "database_flags" key would replace the list that is there: no edit.
      name: 'JSON syntax, one flag set and one missing',
      filename: 'main.tf.json',
      code: '{"resource": {"google_sql_database_instance": {"main": {"database_version": "POSTGRES_15", "settings": {"database_flags": [{"name": "log_connections", "value": "on"}]}}}}}\n',
      findings: [{ messageId: 'missing', line: 1, column: 92, endColumn: 102, suggestions: [] }],
    },
  ],
});

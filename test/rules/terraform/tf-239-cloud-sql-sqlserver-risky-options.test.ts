import rule from '../../../rules/terraform/tf-239-cloud-sql-sqlserver-risky-options';
import { ruleTester } from '../../helpers/rule-tester';

const sql = (flags: string, version = '"SQLSERVER_2019_STANDARD"') =>
  `resource "google_sql_database_instance" "main" {\n  database_version = ${version}\n  settings {\n    tier = "db-custom-2-7680"\n${flags}  }\n}\n`;
const flag = (name: string, value: string) => `    database_flags {\n      name  = "${name}"\n      value = ${value}\n    }\n`;

ruleTester(rule, {
  good: [
    { name: 'not set', code: sql('') },
    { name: 'all off', code: sql(flag('cross db ownership chaining', '"off"') + flag('contained database authentication', '"off"') + flag('external scripts enabled', '"off"')) },
    { name: 'MySQL is not judged', code: sql(flag('external scripts enabled', '"on"'), '"MYSQL_8_0"') },
    { name: 'value not known before apply', code: sql(flag('contained database authentication', 'var.contained')) },
  ],
  bad: [
    { name: 'contained database authentication on', code: sql(flag('contained database authentication', '"on"')), findings: [{ messageId: 'on', line: 7, column: 15, endColumn: 19 }] },
    {
      name: 'cross db ownership chaining and external scripts on',
      code: sql(flag('cross db ownership chaining', '"on"') + flag('external scripts enabled', '"on"')),
      findings: [{ messageId: 'on', line: 7, column: 15, endColumn: 19 }, { messageId: 'on', line: 11, column: 15, endColumn: 19 }],
    },
    {
      name: 'for_each instances, on from each.value',
      code: sql(flag('cross db ownership chaining', 'each.value')).replace('  database_version', '  for_each         = { a = "on" }\n  database_version'),
      findings: [{ messageId: 'on', line: 8, column: 15, endColumn: 25 }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"google_sql_database_instance": {"main": {"database_version": "SQLSERVER_2017_STANDARD", "settings": {"database_flags": [{"name": "cross db ownership chaining", "value": "on"}]}}}}}\n',
      findings: [{ messageId: 'on', line: 1 }],
    },
  ],
});

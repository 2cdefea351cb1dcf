import rule from '../../../rules/terraform/tf-237-cloud-sql-mysql-local-infile';
import { ruleTester } from '../../helpers/rule-tester';

const sql = (flags: string, version = '"MYSQL_8_0"') =>
  `resource "google_sql_database_instance" "main" {\n  database_version = ${version}\n  settings {\n    tier = "db-f1-micro"\n${flags}  }\n}\n`;
const flag = (name: string, value: string) => `    database_flags {\n      name  = "${name}"\n      value = ${value}\n    }\n`;

ruleTester(rule, {
  good: [
    { name: 'not set', code: sql('') },
    { name: 'off', code: sql(flag('local_infile', '"off"')) },
    { name: 'PostgreSQL is not judged', code: sql(flag('local_infile', '"on"'), '"POSTGRES_16"') },
    { name: 'value not known before apply', code: sql(flag('local_infile', 'var.infile')) },
  ],
  bad: [
    { name: 'on', code: sql(flag('local_infile', '"on"')), findings: [{ messageId: 'on', line: 7, column: 15, endColumn: 19 }] },
    { name: 'MySQL 5.7, ON', code: sql(flag('local_infile', '"ON"'), '"MYSQL_5_7"'), findings: [{ messageId: 'on', line: 7, column: 15, endColumn: 19 }] },
    {
      name: 'on from a variable default',
      code: sql(flag('local_infile', 'var.infile')),
      files: { 'variables.tf': 'variable "infile" {\n  default = "on"\n}\n' },
      findings: [{ messageId: 'on', line: 7, column: 15, endColumn: 25, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"google_sql_database_instance": {"main": {"database_version": "MYSQL_8_0", "settings": {"database_flags": [{"name": "local_infile", "value": "on"}]}}}}}\n',
      findings: [{ messageId: 'on', line: 1, column: 156, endColumn: 160 }],
    },
  ],
});

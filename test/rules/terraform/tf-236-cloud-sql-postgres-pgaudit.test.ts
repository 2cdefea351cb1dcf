import rule from '../../../rules/terraform/tf-236-cloud-sql-postgres-pgaudit';
import { ruleTester } from '../../helpers/rule-tester';

const sql = (flags: string, version = '"POSTGRES_16"') =>
  `resource "google_sql_database_instance" "main" {\n  database_version = ${version}\n  settings {\n    tier = "db-f1-micro"\n${flags}  }\n}\n`;
const flag = (name: string, value: string) => `    database_flags {\n      name  = "${name}"\n      value = ${value}\n    }\n`;

ruleTester(rule, {
  good: [
    { name: 'on', code: sql(flag('cloudsql.enable_pgaudit', '"on"')) },
    { name: 'MySQL is not judged', code: sql('', '"MYSQL_8_0"') },
    { name: 'value not known before apply', code: sql(flag('cloudsql.enable_pgaudit', 'var.audit')) },
    { name: 'on through tfvars', code: sql(flag('cloudsql.enable_pgaudit', 'var.audit')), files: { 'variables.tf': 'variable "audit" {\n  default = "off"\n}\n', 'terraform.tfvars': 'audit = "on"\n' } },
  ],
  bad: [
    {
      name: 'not set',
      code: sql(''),
      findings: [{ messageId: 'missing', line: 3, column: 3, endColumn: 11, suggestions: [{ title: 'Set cloudsql.enable_pgaudit to on', output: sql('    database_flags {\n      name = "cloudsql.enable_pgaudit"\n      value = "on"\n    }\n') }] }],
    },
    { name: 'off', code: sql(flag('cloudsql.enable_pgaudit', '"off"')), findings: [{ messageId: 'off', line: 7, column: 15, endColumn: 20 }] },
    {
      name: 'JSON syntax, not set',
      filename: 'main.tf.json',
      code: '{"resource": {"google_sql_database_instance": {"main": {"database_version": "POSTGRES_15", "settings": {"tier": "db-f1-micro"}}}}}\n',
      findings: [{ messageId: 'missing', line: 1, column: 92, endColumn: 102 }],
    },
  ],
});

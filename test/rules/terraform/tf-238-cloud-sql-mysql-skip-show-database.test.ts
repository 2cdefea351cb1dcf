import rule from '../../../rules/terraform/tf-238-cloud-sql-mysql-skip-show-database';
import { ruleTester } from '../../helpers/rule-tester';

const sql = (flags: string, version = '"MYSQL_8_0"') =>
  `resource "google_sql_database_instance" "main" {\n  database_version = ${version}\n  settings {\n    tier = "db-f1-micro"\n${flags}  }\n}\n`;
const flag = (name: string, value: string) => `    database_flags {\n      name  = "${name}"\n      value = ${value}\n    }\n`;

ruleTester(rule, {
  good: [
    { name: 'on', code: sql(flag('skip_show_database', '"on"')) },
    { name: 'PostgreSQL is not judged', code: sql('', '"POSTGRES_16"') },
    { name: 'SQL Server is not judged', code: sql('', '"SQLSERVER_2019_STANDARD"') },
    { name: 'flags written as a list attribute', code: sql('    database_flags = [var.flags]\n') },
    { name: 'a flag name not known before apply', code: sql('    database_flags {\n      name  = var.flag\n      value = "on"\n    }\n') },
  ],
  bad: [
    {
      name: 'not set',
      code: sql(''),
      findings: [{ messageId: 'missing', line: 3, column: 3, endColumn: 11, suggestions: [{ title: 'Set skip_show_database to on', output: sql('    database_flags {\n      name = "skip_show_database"\n      value = "on"\n    }\n') }] }],
    },
    { name: 'off', code: sql(flag('skip_show_database', '"off"')), findings: [{ messageId: 'off', line: 7, column: 15, endColumn: 20 }] },
  ],
});

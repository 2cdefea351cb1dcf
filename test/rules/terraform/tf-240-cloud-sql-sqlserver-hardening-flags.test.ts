import rule from '../../../rules/terraform/tf-240-cloud-sql-sqlserver-hardening-flags';
import { ruleTester } from '../../helpers/rule-tester';

const sql = (flags: string, version = '"SQLSERVER_2019_STANDARD"') =>
  `resource "google_sql_database_instance" "main" {\n  database_version = ${version}\n  settings {\n    tier = "db-custom-2-7680"\n${flags}  }\n}\n`;
const flag = (name: string, value: string) => `    database_flags {\n      name  = "${name}"\n      value = ${value}\n    }\n`;

ruleTester(rule, {
  good: [
    { name: 'both set', code: sql(flag('remote access', '"off"') + flag('3625', '"on"')) },
    { name: 'PostgreSQL is not judged', code: sql('', '"POSTGRES_16"') },
    { name: 'version not known before apply', code: sql('', 'var.version') },
  ],
  bad: [
    {
      name: 'neither set',
      code: sql(''),
      findings: [{
        messageId: 'missing', line: 3, column: 3, endColumn: 11,
        suggestions: [{ title: 'Set remote access to off, 3625 to on', output: sql('    database_flags {\n      name = "remote access"\n      value = "off"\n    }\n    database_flags {\n      name = "3625"\n      value = "on"\n    }\n') }],
      }],
    },
    { name: 'remote access on', code: sql(flag('remote access', '"on"') + flag('3625', '"on"')), findings: [{ messageId: 'insecure', line: 7, column: 15, endColumn: 19 }] },
    { name: '3625 off', code: sql(flag('remote access', '"off"') + flag('3625', '"off"')), findings: [{ messageId: 'insecure', line: 11, column: 15, endColumn: 20 }] },
  ],
});

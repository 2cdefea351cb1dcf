import { defineRule } from '../api';
import { leastPrivilege } from '../shared/gcp';
import { offValues, onValues, sqlFlagsCheck } from '../shared/gcp-hardening';
import { sqlFlagLinks } from '../shared/gcp-services';

export default defineRule({
  id: 'TF-240',
  title: 'Turn off remote access and set trace flag 3625 on Cloud SQL for SQL Server',
  target: 'terraform',
  severity: 'low',
  // Strict: both are defaults of SQL Server that most configurations keep.
  preset: 'strict',
  requirements: ['1.3'],
  frameworks: leastPrivilege(),
  docs: {
    rationale:
      'The remote access option (on by default) lets stored procedures run from and on remote servers, a path for ' +
      'lateral movement between instances. Without trace flag 3625, error messages show the values and object names ' +
      'behind a failure to users who are not sysadmin, which helps an attacker probing through an application.',
    remediation: 'Add database_flags blocks setting "remote access" to "off" and "3625" to "on".',
    links: sqlFlagLinks('SQLSERVER'),
  },
  messages: {
    insecure: '"{{flag}}" = "{{value}}"; set it to "{{want}}".',
    missing: 'Not set, so SQL Server keeps its defaults: {{flags}}.',
  },
  examples: {
    bad: 'resource "google_sql_database_instance" "main" {\n  database_version = "SQLSERVER_2019_STANDARD"\n  settings {\n    tier = "db-custom-2-7680"\n  }\n}\n',
    good:
      'resource "google_sql_database_instance" "main" {\n  database_version = "SQLSERVER_2019_STANDARD"\n  settings {\n    tier = "db-custom-2-7680"\n' +
      '    database_flags {\n      name  = "remote access"\n      value = "off"\n    }\n    database_flags {\n      name  = "3625"\n      value = "on"\n    }\n  }\n}\n',
  },
  check: sqlFlagsCheck({
    engine: 'SQLSERVER',
    flags: [
      { name: 'remote access', compliant: (value) => offValues.includes(value), missingIsInsecure: true, want: 'off' },
      { name: '3625', compliant: (value) => onValues.includes(value), missingIsInsecure: true, want: 'on' },
    ],
    messages: { insecure: 'insecure', missing: 'missing' },
  }),
});

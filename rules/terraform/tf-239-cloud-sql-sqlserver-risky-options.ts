import { defineRule } from '../api';
import { leastPrivilege } from '../shared/gcp';
import { offValues, sqlFlagsCheck } from '../shared/gcp-hardening';
import { sqlFlagLinks } from '../shared/gcp-services';

const off = (value: string) => offValues.includes(value);

export default defineRule({
  id: 'TF-239',
  title: 'Do not turn on cross-database ownership chaining, contained database authentication or external scripts on Cloud SQL for SQL Server',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['1.3'],
  frameworks: leastPrivilege(),
  docs: {
    rationale:
      'Cloud SQL for SQL Server keeps three options off unless a database flag turns them on. cross db ownership ' +
      'chaining lets the owner of one database reach objects of another through ownership chains; contained database ' +
      'authentication lets database owners create users with passwords that bypass the instance logins; external ' +
      'scripts enabled runs R and Python scripts inside the database engine.',
    remediation: 'Remove the flags or set them to "off"; sign stored procedures with a certificate for cross-database access.',
    links: sqlFlagLinks('SQLSERVER'),
  },
  messages: {
    on: '{{flag}} = "{{value}}" widens what database users can reach; set it to "off".',
  },
  examples: {
    bad:
      'resource "google_sql_database_instance" "main" {\n  database_version = "SQLSERVER_2019_STANDARD"\n  settings {\n    tier = "db-custom-2-7680"\n' +
      '    database_flags {\n      name  = "contained database authentication"\n      value = "on"\n    }\n  }\n}\n',
    good: 'resource "google_sql_database_instance" "main" {\n  database_version = "SQLSERVER_2019_STANDARD"\n  settings {\n    tier = "db-custom-2-7680"\n  }\n}\n',
  },
  check: sqlFlagsCheck({
    engine: 'SQLSERVER',
    flags: [
      { name: 'cross db ownership chaining', compliant: off, want: 'off' },
      { name: 'contained database authentication', compliant: off, want: 'off' },
      { name: 'external scripts enabled', compliant: off, want: 'off' },
    ],
    // All three are off unless a flag turns them on: only a value written in the configuration is reported.
    messages: { insecure: 'on', missing: 'on' },
  }),
});

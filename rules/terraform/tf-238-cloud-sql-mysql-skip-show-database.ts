import { defineRule } from '../api';
import { leastPrivilege } from '../shared/gcp';
import { onValues, sqlFlagsCheck } from '../shared/gcp-hardening';
import { sqlFlagLinks } from '../shared/gcp-services';

export default defineRule({
  id: 'TF-238',
  title: 'Turn on skip_show_database on Cloud SQL for MySQL',
  target: 'terraform',
  severity: 'low',
  // Strict: off by default, and it only hides the names of other users' databases.
  preset: 'strict',
  requirements: ['1.3'],
  frameworks: leastPrivilege(),
  docs: {
    rationale:
      'With skip_show_database off (the default), SHOW DATABASES is open to every user, who sees the databases they have ' +
      'any privilege on; on, it needs the SHOW DATABASES privilege. On an instance shared by several applications it ' +
      'keeps their users from learning what else the instance holds.',
    remediation: 'Add a database_flags block setting skip_show_database to "on" (the instance restarts).',
    links: sqlFlagLinks('MYSQL'),
  },
  messages: {
    off: 'skip_show_database = "{{value}}": every user can run SHOW DATABASES.',
    missing: 'skip_show_database is not set, so every user can run SHOW DATABASES.',
  },
  examples: {
    bad: 'resource "google_sql_database_instance" "main" {\n  database_version = "MYSQL_8_0"\n  settings {\n    tier = "db-f1-micro"\n  }\n}\n',
    good:
      'resource "google_sql_database_instance" "main" {\n  database_version = "MYSQL_8_0"\n  settings {\n    tier = "db-f1-micro"\n' +
      '    database_flags {\n      name  = "skip_show_database"\n      value = "on"\n    }\n  }\n}\n',
  },
  check: sqlFlagsCheck({
    engine: 'MYSQL',
    flags: [{ name: 'skip_show_database', compliant: (value) => onValues.includes(value), missingIsInsecure: true, want: 'on' }],
    messages: { insecure: 'off', missing: 'missing' },
  }),
});

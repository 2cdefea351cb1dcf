import { defineRule } from '../api';
import { leastPrivilege } from '../shared/gcp';
import { offValues, sqlFlagsCheck } from '../shared/gcp-hardening';
import { sqlFlagLinks } from '../shared/gcp-services';

export default defineRule({
  id: 'TF-237',
  title: 'Do not turn on local_infile on Cloud SQL for MySQL',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['1.3'],
  frameworks: leastPrivilege(),
  docs: {
    rationale:
      'With local_infile on, LOAD DATA LOCAL lets the server ask the client for a file: a rogue or compromised server, ' +
      'or SQL injection into a client that loads data, reads files from the client machine. Cloud SQL for MySQL 8 keeps ' +
      'it off unless the flag turns it on.',
    remediation: 'Remove the flag or set local_infile to "off", and load data from Cloud Storage with gcloud sql import.',
    links: sqlFlagLinks('MYSQL'),
  },
  messages: {
    on: 'local_infile = "{{value}}" lets LOAD DATA LOCAL read files from client machines.',
  },
  examples: {
    bad:
      'resource "google_sql_database_instance" "main" {\n  database_version = "MYSQL_8_0"\n  settings {\n    tier = "db-f1-micro"\n' +
      '    database_flags {\n      name  = "local_infile"\n      value = "on"\n    }\n  }\n}\n',
    good: 'resource "google_sql_database_instance" "main" {\n  database_version = "MYSQL_8_0"\n  settings {\n    tier = "db-f1-micro"\n  }\n}\n',
  },
  check: sqlFlagsCheck({
    engine: 'MYSQL',
    flags: [{ name: 'local_infile', compliant: (value) => offValues.includes(value), want: 'off' }],
    // Only a value written in the configuration is reported: unset, MySQL 8 keeps it off.
    messages: { insecure: 'on', missing: 'on' },
  }),
});

import { defineRule } from '../api';
import { auditLogging, onValues, sqlFlagsCheck } from '../shared/gcp-hardening';
import { sqlFlagLinks } from '../shared/gcp-services';

export default defineRule({
  id: 'TF-236',
  title: 'Turn on pgAudit on Cloud SQL for PostgreSQL',
  target: 'terraform',
  severity: 'low',
  // Strict: off by default, and audit logs of every session cost log volume.
  preset: 'strict',
  requirements: ['6.1'],
  frameworks: auditLogging(),
  docs: {
    rationale:
      'PostgreSQL logs say that a statement failed, not who read or changed which table. pgAudit writes session and ' +
      'object audit records to Cloud Audit Logs (Data Access), the trail an investigation of a database compromise ' +
      'needs. Cloud SQL loads it only when the flag cloudsql.enable_pgaudit is on, which it is not by default.',
    remediation:
      'Add a database_flags block setting cloudsql.enable_pgaudit to "on", set pgaudit.log to the statement classes to ' +
      'audit, and run CREATE EXTENSION pgaudit in the databases.',
    links: [...sqlFlagLinks('POSTGRES'), { title: 'Audit PostgreSQL with pgAudit', url: 'https://cloud.google.com/sql/docs/postgres/pg-audit' }],
  },
  messages: {
    off: '{{flag}} = "{{value}}": database sessions are not audited.',
    missing: 'cloudsql.enable_pgaudit is not set, so pgAudit is not loaded and sessions are not audited.',
  },
  examples: {
    bad: 'resource "google_sql_database_instance" "main" {\n  database_version = "POSTGRES_16"\n  settings {\n    tier = "db-f1-micro"\n  }\n}\n',
    good:
      'resource "google_sql_database_instance" "main" {\n  database_version = "POSTGRES_16"\n  settings {\n    tier = "db-f1-micro"\n' +
      '    database_flags {\n      name  = "cloudsql.enable_pgaudit"\n      value = "on"\n    }\n  }\n}\n',
  },
  check: sqlFlagsCheck({
    engine: 'POSTGRES',
    flags: [{ name: 'cloudsql.enable_pgaudit', compliant: (value) => onValues.includes(value), missingIsInsecure: true, want: 'on' }],
    messages: { insecure: 'off', missing: 'missing' },
  }),
});

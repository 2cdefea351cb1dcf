import { defineRule } from '../api';
import { auditLogging, onValues, sqlFlagsCheck } from '../shared/gcp-hardening';
import { sqlFlagLinks } from '../shared/gcp-services';

export default defineRule({
  id: 'TF-235',
  title: 'Log checkpoints, lock waits, temporary files and DDL statements on Cloud SQL for PostgreSQL, and no statement text by duration',
  target: 'terraform',
  severity: 'low',
  // Strict: Cloud SQL leaves these logs off and most configurations do not set the flags.
  preset: 'strict',
  requirements: ['6.1'],
  frameworks: auditLogging(),
  docs: {
    rationale:
      'Cloud SQL for PostgreSQL does not log checkpoints (before PostgreSQL 15), lock waits or temporary files unless ' +
      'log_checkpoints, log_lock_waits and log_temp_files = 0 say so, and those logs are what shows a denial of service ' +
      'through long locks or runaway queries; log_statement (none by default) set to ddl records who changed schemas and ' +
      'roles. log_min_duration_statement, off (-1) by default, writes the full text of ' +
      'slow statements to the log, with the literals, passwords and personal data they carry.',
    remediation:
      'Add database_flags blocks setting log_checkpoints and log_lock_waits to "on", log_temp_files to "0" and ' +
      'log_statement to "ddl", and keep ' +
      'log_min_duration_statement at "-1" (use Query Insights for slow queries).',
    links: sqlFlagLinks('POSTGRES'),
  },
  messages: {
    insecure: '{{flag}} = "{{value}}"; set it to "{{want}}".',
    missing: 'Not set, so Cloud SQL does not log these events: {{flags}}.',
  },
  examples: {
    bad: 'resource "google_sql_database_instance" "main" {\n  database_version = "POSTGRES_16"\n  settings {\n    tier = "db-f1-micro"\n  }\n}\n',
    good:
      'resource "google_sql_database_instance" "main" {\n  database_version = "POSTGRES_16"\n  settings {\n    tier = "db-f1-micro"\n' +
      '    database_flags {\n      name  = "log_checkpoints"\n      value = "on"\n    }\n' +
      '    database_flags {\n      name  = "log_lock_waits"\n      value = "on"\n    }\n' +
      '    database_flags {\n      name  = "log_temp_files"\n      value = "0"\n    }\n' +
      '    database_flags {\n      name  = "log_statement"\n      value = "ddl"\n    }\n  }\n}\n',
  },
  check: sqlFlagsCheck({
    engine: 'POSTGRES',
    flags: [
      // PostgreSQL 15 turned log_checkpoints on by default.
      { name: 'log_checkpoints', compliant: (value) => onValues.includes(value), missingIsInsecure: (version) => Number(/^POSTGRES_(\d+)/.exec(version)?.[1] ?? 0) < 15, want: 'on' },
      { name: 'log_lock_waits', compliant: (value) => onValues.includes(value), missingIsInsecure: true, want: 'on' },
      // 0 logs every temporary file; a positive size only the larger ones, -1 none.
      { name: 'log_temp_files', compliant: (value) => value === '0', missingIsInsecure: true, want: '0' },
      // none (the default) logs no statement; ddl logs schema and role changes, mod also data changes.
      { name: 'log_statement', compliant: (value) => ['ddl', 'mod', 'all'].includes(value), missingIsInsecure: true, want: 'ddl' },
      { name: 'log_min_duration_statement', compliant: (value) => value === '-1', want: '-1' },
    ],
    messages: { insecure: 'insecure', missing: 'missing' },
  }),
});

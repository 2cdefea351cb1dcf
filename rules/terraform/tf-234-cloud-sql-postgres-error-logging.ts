import { defineRule } from '../api';
import { auditLogging, sqlFlagsCheck } from '../shared/gcp-hardening';
import { sqlFlagLinks } from '../shared/gcp-services';

/** Levels above ERROR in PostgreSQL's order: at these, errors themselves are no longer logged. */
const hidesErrors = ['log', 'fatal', 'panic'];

export default defineRule({
  id: 'TF-234',
  title: 'Do not raise the error logging levels of Cloud SQL for PostgreSQL above ERROR',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['6.1'],
  frameworks: auditLogging(),
  docs: {
    rationale:
      'log_min_messages decides which messages reach the server log and log_min_error_statement which failing SQL ' +
      'statements are logged with their text. Both default to a level that logs errors (WARNING and ERROR); set to LOG, ' +
      'FATAL or PANIC, failed logins, permission errors and injection attempts that end in a syntax error leave no ' +
      'trace in Cloud Logging. log_error_verbosity = TERSE keeps the errors but drops their detail and the statement.',
    remediation: 'Remove the flag or set it to ERROR or a finer level (WARNING for log_min_messages; DEFAULT or VERBOSE for log_error_verbosity).',
    links: sqlFlagLinks('POSTGRES'),
  },
  messages: {
    hidden: '{{flag}} = "{{value}}" keeps errors out of the log; use {{want}} or a finer level.',
  },
  examples: {
    bad:
      'resource "google_sql_database_instance" "main" {\n  database_version = "POSTGRES_16"\n  settings {\n    tier = "db-f1-micro"\n' +
      '    database_flags {\n      name  = "log_min_messages"\n      value = "PANIC"\n    }\n  }\n}\n',
    good: 'resource "google_sql_database_instance" "main" {\n  database_version = "POSTGRES_16"\n  settings {\n    tier = "db-f1-micro"\n  }\n}\n',
  },
  check: sqlFlagsCheck({
    engine: 'POSTGRES',
    flags: [
      { name: 'log_min_messages', compliant: (value) => !hidesErrors.includes(value), want: 'WARNING' },
      { name: 'log_min_error_statement', compliant: (value) => !hidesErrors.includes(value), want: 'ERROR' },
      // TERSE drops the DETAIL, HINT, QUERY and CONTEXT of each error.
      { name: 'log_error_verbosity', compliant: (value) => value !== 'terse', want: 'DEFAULT' },
    ],
    // Both defaults log errors: only a value written in the configuration is reported.
    messages: { insecure: 'hidden', missing: 'hidden' },
  }),
});

import { defineRule } from '../api';
import { googleDoc, recovery } from '../shared/gcp-hardening';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-241',
  title: 'Enable automated backups on Cloud SQL instances',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['8.3'],
  frameworks: recovery(),
  docs: {
    rationale:
      'Without automated backups a Cloud SQL instance has no restore point: a dropped table, a bad migration or ' +
      'ransomware that encrypts rows is permanent, and point-in-time recovery cannot be turned on either. The provider ' +
      'default of settings.backup_configuration.enabled is false. Read replicas take no backups of their own and are ' +
      'not judged.',
    remediation: 'Add settings { backup_configuration { enabled = true } } with a start_time and, for PostgreSQL, point_in_time_recovery_enabled.',
    links: [googleDoc('google_sql_database_instance', 'backup_configuration'), { title: 'About Cloud SQL backups', url: 'https://cloud.google.com/sql/docs/mysql/backup-recovery/backups' }],
  },
  messages: {
    disabled: 'backup_configuration.enabled = false: the instance has no automated backups to restore from.',
    missing: 'Automated backups are not enabled, so the instance has no restore point.',
  },
  examples: {
    bad: 'resource "google_sql_database_instance" "main" {\n  database_version = "POSTGRES_16"\n  settings {\n    tier = "db-f1-micro"\n  }\n}\n',
    good:
      'resource "google_sql_database_instance" "main" {\n  database_version = "POSTGRES_16"\n  settings {\n    tier = "db-f1-micro"\n' +
      '    backup_configuration {\n      enabled = true\n    }\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['google_sql_database_instance'],
    // Backups cost storage: a suggestion.
    ...mustBeTrue('settings.backup_configuration.enabled'),
    absent: 'insecure',
    // A read replica cannot take backups; a clone's settings may come from its source.
    undecidableWhenSet: ['master_instance_name', 'clone'],
    messages: { insecure: 'disabled', missing: 'missing' },
  }),
});

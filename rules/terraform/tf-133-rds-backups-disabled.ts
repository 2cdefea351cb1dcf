import { defineRule } from '../api';
import { awsDoc, isAuroraInstance, keepsBackups, recoveryRule } from '../shared/aws-operations';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-133',
  title: 'Do not turn off automated backups of RDS DB instances',
  ...recoveryRule(),
  docs: {
    rationale:
      'backup_retention_period = 0 turns off automated backups and point-in-time recovery: a dropped table, a ' +
      'ransomware encryption or a failed migration can only be undone from manual snapshots, if there are any. Without ' +
      'the argument RDS keeps backups for one day. Read replicas (which have their source\'s backups) and Aurora ' +
      'instances (whose cluster keeps the backups) are left out.',
    remediation: 'Set backup_retention_period to the days you need to be able to go back (7 or more is common); changing it from 0 restarts the instance.',
    links: [
      awsDoc('db_instance', 'backup_retention_period'),
      { title: 'Backup retention period', url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.BackupRetention.html' },
    ],
  },
  messages: {
    disabled: 'backup_retention_period = 0: this DB instance has no automated backups and no point-in-time recovery.',
    missing: 'This DB instance has no automated backups.',
  },
  examples: {
    bad: 'resource "aws_db_instance" "main" {\n  engine                  = "postgres"\n  instance_class          = "db.t4g.micro"\n  backup_retention_period = 0\n}\n',
    good: 'resource "aws_db_instance" "main" {\n  engine                  = "postgres"\n  instance_class          = "db.t4g.micro"\n  backup_retention_period = 7\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_db_instance'],
    path: 'backup_retention_period',
    compliant: (value, { resource }) => {
      if (isAuroraInstance(resource.value('engine')) !== false) return undefined;
      return keepsBackups(value);
    },
    absent: 'compliant',
    undecidableWhenSet: ['replicate_source_db'],
    messages: { insecure: 'disabled', missing: 'missing' },
    // A suggestion: turning backups on from 0 briefly takes the instance offline.
    remedy: { value: 7, title: 'Keep automated backups for 7 days (the instance restarts)', kind: 'suggest' },
  }),
});

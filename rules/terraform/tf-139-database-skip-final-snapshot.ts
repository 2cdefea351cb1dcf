import { asBool, defineRule } from '../api';
import { awsDoc, isAuroraInstance, recoveryRule } from '../shared/aws-operations';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-139',
  title: 'Take a final snapshot when a database is deleted',
  ...recoveryRule({ severity: 'low', preset: 'strict' }),
  docs: {
    rationale:
      'skip_final_snapshot = true deletes an RDS instance or cluster, a DocumentDB, Neptune or Redshift cluster without ' +
      'a last snapshot, and its automated backups go with it: a destroy or a replacement by mistake loses the data for ' +
      'good. The default (false) takes the snapshot.',
    remediation: 'Remove skip_final_snapshot = true and set final_snapshot_identifier (Redshift: final_snapshot_identifier as well).',
    links: [
      awsDoc('db_instance', 'skip_final_snapshot'),
      awsDoc('rds_cluster', 'skip_final_snapshot'),
      awsDoc('redshift_cluster', 'skip_final_snapshot'),
    ],
  },
  messages: {
    skipped: 'skip_final_snapshot = true: deleting this database keeps no snapshot of its data.',
    missing: 'Deleting this database keeps no snapshot of its data.',
  },
  examples: {
    bad: 'resource "aws_rds_cluster" "main" {\n  engine              = "aurora-mysql"\n  skip_final_snapshot = true\n}\n',
    good: 'resource "aws_rds_cluster" "main" {\n  engine                    = "aurora-mysql"\n  final_snapshot_identifier = "main-final"\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_db_instance', 'aws_rds_cluster', 'aws_docdb_cluster', 'aws_neptune_cluster', 'aws_redshift_cluster'],
    path: 'skip_final_snapshot',
    compliant: (value, { resource }) => {
      // An Aurora instance ignores the argument: its cluster takes the snapshot.
      if (resource.block.labels[0]?.value === 'aws_db_instance' && isAuroraInstance(resource.value('engine')) !== false) return undefined;
      const skip = asBool(value);
      return skip === undefined ? undefined : !skip;
    },
    absent: 'compliant',
    // A read replica takes no final snapshot: its source keeps the data.
    undecidableWhenSet: ['replicate_source_db'],
    messages: { insecure: 'skipped', missing: 'missing' },
    // No edit: a final snapshot needs a final_snapshot_identifier that only the author can name.
  }),
});

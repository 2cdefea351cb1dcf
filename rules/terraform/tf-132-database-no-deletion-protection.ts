import { defineRule } from '../api';
import { awsDoc, isAuroraInstance, recoveryRule } from '../shared/aws-operations';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-132',
  title: 'Turn on deletion protection for RDS, Aurora, DocumentDB and Neptune databases',
  // Blocks every delete, including those of test environments: opinionated for most teams.
  ...recoveryRule({ severity: 'low', preset: 'strict' }),
  docs: {
    rationale:
      'deletion_protection is false by default on aws_db_instance, aws_rds_cluster, aws_docdb_cluster and ' +
      'aws_neptune_cluster: a mistaken plan, a renamed resource or a compromised pipeline deletes the database and its ' +
      'automated backups in one call. With protection on, the API refuses the delete until the flag is cleared. Aurora ' +
      'instances are left out: their cluster carries the flag.',
    remediation: 'Set deletion_protection = true (in place, no downtime).',
    links: [
      awsDoc('db_instance', 'deletion_protection'),
      awsDoc('rds_cluster', 'deletion_protection'),
      awsDoc('docdb_cluster', 'deletion_protection'),
      awsDoc('neptune_cluster', 'deletion_protection'),
      { title: 'Deletion protection for Amazon RDS', url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeleteInstance.DeletionProtection' },
    ],
  },
  messages: {
    disabled: 'deletion_protection = false: one API call deletes this database.',
    missing: 'This database can be deleted without first clearing a protection flag (deletion_protection defaults to false).',
  },
  examples: {
    bad: 'resource "aws_rds_cluster" "main" {\n  engine = "aurora-postgresql"\n}\n',
    good: 'resource "aws_rds_cluster" "main" {\n  engine              = "aurora-postgresql"\n  deletion_protection = true\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_db_instance', 'aws_rds_cluster', 'aws_docdb_cluster', 'aws_neptune_cluster'],
    // A suggestion: `terraform destroy` and replacements then fail until the flag is cleared.
    ...mustBeTrue('deletion_protection', { title: 'Set deletion_protection = true' }),
    absent: ({ resource }) => {
      if (resource.block.labels[0]?.value !== 'aws_db_instance') return 'insecure';
      const aurora = isAuroraInstance(resource.value('engine'));
      return aurora === undefined ? 'unknown' : aurora ? 'compliant' : 'insecure';
    },
    messages: { insecure: 'disabled', missing: 'missing' },
  }),
});

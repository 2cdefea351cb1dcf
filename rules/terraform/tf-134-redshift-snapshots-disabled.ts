import { defineRule } from '../api';
import { awsDoc, keepsBackups, recoveryRule } from '../shared/aws-operations';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-134',
  title: 'Do not turn off automated snapshots of Redshift clusters',
  ...recoveryRule(),
  docs: {
    rationale:
      'automated_snapshot_retention_period = 0 turns off automated snapshots: a cluster whose data is deleted or ' +
      'corrupted can only be restored from manual snapshots, if there are any. Without the argument Redshift keeps ' +
      'automated snapshots for one day.',
    remediation: 'Set automated_snapshot_retention_period to the days you need to be able to go back (1 to 35).',
    links: [
      awsDoc('redshift_cluster', 'automated_snapshot_retention_period'),
      { title: 'Amazon Redshift snapshots and backups', url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-snapshots.html' },
    ],
  },
  messages: {
    disabled: 'automated_snapshot_retention_period = 0: this cluster takes no automated snapshots.',
    missing: 'This cluster takes no automated snapshots.',
  },
  examples: {
    bad: 'resource "aws_redshift_cluster" "dw" {\n  cluster_identifier                  = "dw"\n  node_type                           = "ra3.xlplus"\n  automated_snapshot_retention_period = 0\n}\n',
    good: 'resource "aws_redshift_cluster" "dw" {\n  cluster_identifier                  = "dw"\n  node_type                           = "ra3.xlplus"\n  automated_snapshot_retention_period = 7\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_redshift_cluster'],
    path: 'automated_snapshot_retention_period',
    compliant: keepsBackups,
    absent: 'compliant',
    messages: { insecure: 'disabled', missing: 'missing' },
    remedy: { value: 7, title: 'Keep automated snapshots for 7 days', kind: 'suggest' },
  }),
});

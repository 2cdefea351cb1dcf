import { asString, defineRule, type BlockView } from '../api';
import { awsDoc, keepsBackups, recoveryRule } from '../shared/aws-operations';
import { attributeCheck } from '../shared/terraform-attribute-check';

/** A cluster node of a replication group: the group's snapshot settings apply. */
const groupNode = (resource: BlockView): boolean =>
  resource.block.labels[0]?.value === 'aws_elasticache_cluster' && resource.attribute('replication_group_id') !== undefined;

export default defineRule({
  id: 'TF-137',
  title: 'Keep automatic backups of ElastiCache Redis and Valkey caches',
  // Many caches hold only data that can be rebuilt: opinionated.
  ...recoveryRule({ severity: 'low', preset: 'strict' }),
  docs: {
    rationale:
      'snapshot_retention_limit defaults to 0, which takes no automatic snapshots: a Redis or Valkey cache used as a ' +
      'data store loses everything on a failure or a bad FLUSHALL. Memcached has no backups and is left out, and so are ' +
      'cluster nodes that belong to a replication group (the group decides).',
    remediation: 'Set snapshot_retention_limit to the days of snapshots to keep (1 to 35), with a snapshot_window.',
    links: [
      awsDoc('elasticache_replication_group', 'snapshot_retention_limit'),
      awsDoc('elasticache_cluster', 'snapshot_retention_limit'),
      { title: 'Scheduling automatic backups', url: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/backups-automatic.html' },
    ],
  },
  messages: {
    disabled: 'snapshot_retention_limit = 0: this cache takes no automatic snapshots.',
    missing: 'This cache takes no automatic snapshots (snapshot_retention_limit defaults to 0).',
  },
  examples: {
    bad: 'resource "aws_elasticache_replication_group" "sessions" {\n  replication_group_id = "sessions"\n  description          = "sessions"\n  node_type            = "cache.t4g.small"\n}\n',
    good:
      'resource "aws_elasticache_replication_group" "sessions" {\n  replication_group_id     = "sessions"\n  description              = "sessions"\n' +
      '  node_type                = "cache.t4g.small"\n  snapshot_retention_limit = 7\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_elasticache_replication_group', 'aws_elasticache_cluster'],
    path: 'snapshot_retention_limit',
    compliant: (value, { resource }) => {
      if (groupNode(resource)) return undefined;
      return keepsBackups(value);
    },
    absent: ({ resource }) => {
      if (resource.block.labels[0]?.value === 'aws_elasticache_replication_group') return 'insecure';
      if (groupNode(resource)) return 'compliant';
      // A standalone cluster states its engine; a node of a replication group has none of its own.
      const engine = resource.value('engine');
      if (engine === undefined) return 'unknown';
      const name = asString(engine)?.toLowerCase();
      return name === undefined ? 'unknown' : name === 'memcached' ? 'compliant' : 'insecure';
    },
    messages: { insecure: 'disabled', missing: 'missing' },
    remedy: { value: 7, title: 'Keep automatic snapshots for 7 days', kind: 'suggest' },
  }),
});

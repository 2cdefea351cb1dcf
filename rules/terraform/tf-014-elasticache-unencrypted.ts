import { asString, defineRule } from '../api';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';
import { encryptionAtRest } from '../shared/frameworks';

export default defineRule({
  id: 'TF-014',
  title: 'Encrypt ElastiCache replication groups at rest',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['3.1'],
  frameworks: encryptionAtRest(),
  docs: {
    rationale:
      'A Redis OSS replication group is created without encryption at rest unless at_rest_encryption_enabled is true ' +
      '(Valkey encrypts by default): its swap files, sync files and backups in S3 then hold the cached data in clear ' +
      'text, and the setting cannot be changed after creation.',
    remediation: 'Set at_rest_encryption_enabled = true (optionally with a customer-managed kms_key_id) and migrate to the new group.',
    links: [
      {
        title: 'aws_elasticache_replication_group',
        url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group#at_rest_encryption_enabled',
      },
      { title: 'At-Rest Encryption in ElastiCache', url: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html' },
    ],
  },
  messages: {
    disabled: 'at_rest_encryption_enabled = false: this replication group stores its data and backups unencrypted.',
    missing: 'at_rest_encryption_enabled is not set, and a Redis OSS replication group is not encrypted at rest by default.',
  },
  examples: {
    bad: 'resource "aws_elasticache_replication_group" "cache" {\n  replication_group_id = "cache"\n  description          = "cache"\n  node_type            = "cache.t4g.small"\n}\n',
    good:
      'resource "aws_elasticache_replication_group" "cache" {\n  replication_group_id       = "cache"\n  description                = "cache"\n' +
      '  node_type                  = "cache.t4g.small"\n  at_rest_encryption_enabled = true\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_elasticache_replication_group'],
    ...mustBeTrue('at_rest_encryption_enabled', { replacesResource: true }),
    // The default depends on the engine: false for redis (the provider's default engine), true for valkey.
    absent: ({ resource }) => {
      const engine = resource.value('engine');
      if (engine === undefined || engine.kind === 'null') return 'insecure';
      const name = asString(engine)?.trim().toLowerCase();
      return name === undefined ? 'unknown' : name === 'valkey' ? 'compliant' : 'insecure';
    },
    // A secondary of a global datastore takes the primary's encryption settings.
    undecidableWhenSet: ['global_replication_group_id'],
    messages: { insecure: 'disabled', missing: 'missing' },
  }),
});

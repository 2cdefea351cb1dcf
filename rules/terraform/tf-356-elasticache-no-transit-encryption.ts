import { defineRule } from '../api';
import { transportRule } from '../shared/aws-transport';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-356',
  title: 'Encrypt ElastiCache replication group traffic in transit',
  ...transportRule(),
  docs: {
    rationale:
      'Unless transit_encryption_enabled is true, clients talk to a Redis OSS or Valkey replication group in clear text, ' +
      'and its nodes replicate to each other in clear text: cached sessions, tokens and the AUTH password can be read ' +
      'by anyone on the network path. Without it auth_token cannot be set either.',
    remediation:
      'Set transit_encryption_enabled = true and connect clients with TLS; from engine 7.0.5 the change can be rolled out ' +
      'in place with transit_encryption_mode = "preferred", then "required".',
    links: [
      {
        title: 'aws_elasticache_replication_group',
        url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group#transit_encryption_enabled',
      },
      { title: 'ElastiCache in-transit encryption (TLS)', url: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html' },
    ],
  },
  messages: {
    disabled: 'transit_encryption_enabled = false: clients and replicas of this group exchange data in clear text.',
    missing: 'transit_encryption_enabled is not set, so this replication group accepts only unencrypted connections (the default is false).',
  },
  examples: {
    bad: 'resource "aws_elasticache_replication_group" "cache" {\n  replication_group_id = "cache"\n  description          = "cache"\n  node_type            = "cache.t4g.small"\n}\n',
    good:
      'resource "aws_elasticache_replication_group" "cache" {\n  replication_group_id       = "cache"\n  description                = "cache"\n' +
      '  node_type                  = "cache.t4g.small"\n  transit_encryption_enabled = true\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_elasticache_replication_group'],
    // Before engine 7.0.5 the provider replaces the group to change it; from 7.0.5 it is changed in place.
    ...mustBeTrue('transit_encryption_enabled', { title: 'Enable encryption in transit' }),
    absent: 'insecure',
    // A secondary of a global datastore takes the primary's encryption settings.
    undecidableWhenSet: ['global_replication_group_id'],
    messages: { insecure: 'disabled', missing: 'missing' },
  }),
});

import { defineRule } from '../api';
import { literalSecretCheck, literalSecretRule } from '../shared/aws-data';

export default defineRule({
  id: 'TF-032',
  title: 'Do not write ElastiCache AUTH tokens in the configuration',
  ...literalSecretRule(),
  docs: {
    rationale:
      'The AUTH token of a Redis OSS or Valkey replication group is the password every client presents; written as a ' +
      'literal, a variable default or a tfvars entry it is committed with the code and shared by everyone who can read ' +
      'the repository. A token from random_password, a data source or a variable set at apply time is not reported.',
    remediation:
      'Generate the token (random_password) and store it in Secrets Manager for the clients, or pass it at apply time; ' +
      'better, use RBAC user groups (user_group_ids) with IAM authentication.',
    links: [
      { title: 'aws_elasticache_replication_group', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group#auth_token' },
      { title: 'Authenticating with the Redis AUTH command', url: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/auth.html' },
    ],
  },
  messages: {
    literal: 'The AUTH token of this replication group is written in the configuration; generate it and keep it in Secrets Manager.',
  },
  examples: {
    bad: 'resource "aws_elasticache_replication_group" "cache" {\n  replication_group_id       = "cache"\n  transit_encryption_enabled = true\n  auth_token                 = "0123456789abcdef0123"\n}\n',
    good: 'resource "aws_elasticache_replication_group" "cache" {\n  replication_group_id       = "cache"\n  transit_encryption_enabled = true\n  auth_token                 = random_password.cache.result\n}\n',
  },
  check: literalSecretCheck([{ resources: ['aws_elasticache_replication_group'], path: 'auth_token' }], 'literal'),
});

import { defineRule } from '../api';
import { literalSecretCheck, literalSecretRule } from '../shared/aws-data';

export default defineRule({
  id: 'TF-029',
  title: 'Do not write Aurora, RDS and DocumentDB cluster passwords in the configuration',
  ...literalSecretRule(),
  docs: {
    rationale:
      'master_password of an aws_rds_cluster (Aurora, Multi-AZ DB clusters) or an aws_docdb_cluster written as a literal, ' +
      'a variable default or a tfvars entry is committed with the code and never rotated: anyone with read access to the ' +
      'repository can log in to the cluster. RDS clusters can keep the password in Secrets Manager with ' +
      'manage_master_user_password = true; a password from random_password, a data source or a variable set at apply ' +
      'time is not reported.',
    remediation:
      'Set manage_master_user_password = true instead of master_password on RDS clusters, or pass the password at apply ' +
      'time (master_password_wo with master_password_wo_version on Terraform 1.11 and later, random_password, or a ' +
      'variable without a default).',
    links: [
      { title: 'aws_rds_cluster', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/rds_cluster#manage_master_user_password' },
      { title: 'aws_docdb_cluster', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/docdb_cluster#master_password' },
      { title: 'Password management with Aurora and Secrets Manager', url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/rds-secrets-manager.html' },
    ],
  },
  messages: {
    literal: 'The master password of this cluster is written in the configuration; keep it in Secrets Manager.',
  },
  examples: {
    bad: 'resource "aws_rds_cluster" "main" {\n  engine          = "aurora-postgresql"\n  master_username = "app"\n  master_password = "Tr0ub4dor&3"\n}\n',
    good: 'resource "aws_rds_cluster" "main" {\n  engine                      = "aurora-postgresql"\n  master_username             = "app"\n  manage_master_user_password = true\n}\n',
  },
  check: literalSecretCheck(
    [
      // A suggestion: clients that read the old password must read the secret instead.
      { resources: ['aws_rds_cluster'], path: 'master_password', replacement: { title: 'Let RDS manage the password in Secrets Manager', attributes: [['manage_master_user_password', true]] } },
      { resources: ['aws_docdb_cluster'], path: 'master_password' },
    ],
    'literal',
  ),
});

import { defineRule } from '../api';
import { literalSecretCheck, literalSecretRule } from '../shared/aws-data';

export default defineRule({
  id: 'TF-030',
  title: 'Do not write Redshift admin passwords in the configuration',
  ...literalSecretRule(),
  docs: {
    rationale:
      'The admin password of a Redshift cluster (master_password) or a Redshift Serverless namespace ' +
      '(admin_user_password) written as a literal, a variable default or a tfvars entry is committed with the code and ' +
      'never rotated. Redshift can generate it and keep it in Secrets Manager (manage_master_password, ' +
      'manage_admin_password); a password from random_password, a data source or a variable set at apply time is not ' +
      'reported.',
    remediation:
      'Set manage_master_password = true (clusters) or manage_admin_password = true (serverless namespaces) instead of ' +
      'the password, or pass it at apply time (the write-only *_wo arguments on Terraform 1.11 and later).',
    links: [
      { title: 'aws_redshift_cluster', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_cluster#manage_master_password' },
      { title: 'aws_redshiftserverless_namespace', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshiftserverless_namespace#manage_admin_password' },
      { title: 'Redshift admin credentials in Secrets Manager', url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-secrets-manager-integration.html' },
    ],
  },
  messages: {
    literal: 'The admin password ({{argument}}) is written in the configuration; let Redshift manage it in Secrets Manager.',
  },
  examples: {
    bad: 'resource "aws_redshift_cluster" "dw" {\n  cluster_identifier = "dw"\n  master_username    = "admin"\n  master_password    = "Tr0ub4dor3"\n}\n',
    good: 'resource "aws_redshift_cluster" "dw" {\n  cluster_identifier     = "dw"\n  master_username        = "admin"\n  manage_master_password = true\n}\n',
  },
  // Suggestions: clients that read the old password must read the secret instead.
  check: literalSecretCheck(
    [
      { resources: ['aws_redshift_cluster'], path: 'master_password', replacement: { title: 'Let Redshift manage the password in Secrets Manager', attributes: [['manage_master_password', true]] } },
      {
        resources: ['aws_redshiftserverless_namespace'],
        path: 'admin_user_password',
        replacement: { title: 'Let Redshift manage the password in Secrets Manager', attributes: [['manage_admin_password', true]] },
      },
    ],
    'literal',
  ),
});

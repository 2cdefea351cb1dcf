import { defineRule } from '../api';
import { literalSecretCheck, literalSecretRule } from '../shared/aws-data';

export default defineRule({
  id: 'TF-028',
  title: 'Do not write RDS DB instance passwords in the configuration',
  ...literalSecretRule(),
  docs: {
    rationale:
      'A master password written as a literal, a variable default or a tfvars entry is committed with the code: everyone ' +
      'who can read the repository, its history or a CI log can log in to the database, and the password is never ' +
      'rotated. With manage_master_user_password = true RDS generates the password, keeps it in Secrets Manager and ' +
      'rotates it; a password from random_password, a data source or a variable set at apply time is not reported.',
    remediation:
      'Set manage_master_user_password = true instead of password, or pass the password at apply time (password_wo with ' +
      'password_wo_version on Terraform 1.11 and later, or a variable without a default).',
    links: [
      { title: 'aws_db_instance', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#manage_master_user_password' },
      { title: 'Password management with Amazon RDS and Secrets Manager', url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html' },
    ],
  },
  messages: {
    literal: 'The master password of this DB instance is written in the configuration; let RDS manage it in Secrets Manager.',
  },
  examples: {
    bad: 'resource "aws_db_instance" "main" {\n  engine   = "postgres"\n  username = "app"\n  password = "Tr0ub4dor&3"\n}\n',
    good: 'resource "aws_db_instance" "main" {\n  engine                      = "postgres"\n  username                    = "app"\n  manage_master_user_password = true\n}\n',
  },
  // A suggestion: clients that read the old password must read the secret instead.
  check: literalSecretCheck(
    [{ resources: ['aws_db_instance'], path: 'password', replacement: { title: 'Let RDS manage the password in Secrets Manager', attributes: [['manage_master_user_password', true]] } }],
    'literal',
  ),
});

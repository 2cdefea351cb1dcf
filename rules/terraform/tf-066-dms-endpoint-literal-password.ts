import { defineRule } from '../api';
import { literalSecretCheck, literalSecretRule } from '../shared/aws-data';

export default defineRule({
  id: 'TF-066',
  title: 'Do not write DMS endpoint passwords in the configuration',
  ...literalSecretRule(),
  docs: {
    rationale:
      'A DMS endpoint logs in to a source or target database; its password written as a literal, a variable default or ' +
      'a tfvars entry is committed with the code and gives everyone who reads the repository the database credentials. ' +
      'DMS can read them from Secrets Manager instead (secrets_manager_arn with secrets_manager_access_role_arn); a ' +
      'password known only at apply time is not reported.',
    remediation: 'Remove password and set secrets_manager_arn and secrets_manager_access_role_arn, or pass the password at apply time.',
    links: [
      { title: 'aws_dms_endpoint', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dms_endpoint#secrets_manager_arn' },
      { title: 'Using secrets to access AWS DMS endpoints', url: 'https://docs.aws.amazon.com/dms/latest/userguide/security_iam_secretsmanager.html' },
    ],
  },
  messages: {
    literal: 'The password of this DMS endpoint is written in the configuration; read it from Secrets Manager.',
  },
  examples: {
    bad: 'resource "aws_dms_endpoint" "source" {\n  endpoint_id   = "source"\n  endpoint_type = "source"\n  engine_name   = "postgres"\n  username      = "dms"\n  password      = "Tr0ub4dor3"\n}\n',
    good:
      'resource "aws_dms_endpoint" "source" {\n  endpoint_id                     = "source"\n  endpoint_type                   = "source"\n  engine_name                     = "postgres"\n' +
      '  secrets_manager_arn             = aws_secretsmanager_secret.db.arn\n  secrets_manager_access_role_arn = aws_iam_role.dms_secrets.arn\n}\n',
  },
  check: literalSecretCheck([{ resources: ['aws_dms_endpoint'], path: 'password' }], 'literal'),
});

import { defineRule } from '../api';
import { literalSecretCheck, literalSecretRule } from '../shared/aws-data';

export default defineRule({
  id: 'TF-031',
  title: 'Do not write Secrets Manager secret values in the configuration',
  ...literalSecretRule(),
  docs: {
    rationale:
      'A secret kept in Secrets Manager is only as secret as the place its value comes from: secret_string or ' +
      'secret_binary written as a literal, a variable default or a tfvars entry is committed with the code, in clear ' +
      'text, for everyone who can read the repository. A value generated at apply time (random_password, another ' +
      'resource) or passed in at apply time is not reported, nor an initial placeholder that lifecycle ignore_changes ' +
      'leaves to be set outside Terraform.',
    remediation:
      'Generate the value (random_password) or pass it at apply time, preferably through secret_string_wo with ' +
      'secret_string_wo_version (Terraform 1.11 and later) so that it is not kept in the state either; or create only ' +
      'the secret and set its value outside Terraform.',
    links: [
      { title: 'aws_secretsmanager_secret_version', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/secretsmanager_secret_version' },
      { title: 'Use write-only arguments', url: 'https://developer.hashicorp.com/terraform/language/resources/ephemeral/write-only' },
    ],
  },
  messages: {
    literal: 'The value of this secret ({{argument}}) is written in the configuration, so it is in the repository in clear text.',
  },
  examples: {
    bad: 'resource "aws_secretsmanager_secret_version" "api" {\n  secret_id     = aws_secretsmanager_secret.api.id\n  secret_string = "sk_live_4eC39HqLyjWDarjtT1zdp7dc"\n}\n',
    good: 'resource "aws_secretsmanager_secret_version" "api" {\n  secret_id     = aws_secretsmanager_secret.api.id\n  secret_string = random_password.api.result\n}\n',
  },
  check: literalSecretCheck([{ resources: ['aws_secretsmanager_secret_version'], path: 'secret_string' }, { resources: ['aws_secretsmanager_secret_version'], path: 'secret_binary' }], 'literal'),
});

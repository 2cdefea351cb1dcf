import { asString, defineRule } from '../api';
import { customerKeyRule, staticCredentials } from '../shared/aws-data';
import { loggingResourcesFor, passedToModule, relatedBlock } from '../shared/aws-logging';
import { moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { headerAnchor, isOverrideFile } from '../shared/terraform-values';

export default defineRule({
  id: 'TF-052',
  title: 'Rotate Secrets Manager secrets automatically',
  ...customerKeyRule(),
  requirements: ['3.3', '1.1'],
  frameworks: staticCredentials(),
  docs: {
    rationale:
      'A secret that is never rotated stays valid for as long as it exists, so a copy taken from a log, a laptop or a ' +
      'former employee keeps working. Secrets Manager rotates a secret only when an aws_secretsmanager_secret_rotation ' +
      'names it (or, on providers before 4.0, when the secret sets rotation_lambda_arn). Some secrets cannot be rotated ' +
      'by a function (third-party API keys), which is why this is only in the strict preset. Secrets passed to a module ' +
      'call or whose rotation cannot be traced are not reported.',
    remediation:
      'Add an aws_secretsmanager_secret_rotation with secret_id = aws_secretsmanager_secret.<name>.id, a rotation ' +
      'function (rotation_lambda_arn) and rotation_rules { automatically_after_days = 30 }; for database credentials let ' +
      'the database manage them (manage_master_user_password).',
    links: [
      { title: 'aws_secretsmanager_secret_rotation', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/secretsmanager_secret_rotation' },
      { title: 'Rotate Secrets Manager secrets', url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html' },
    ],
  },
  messages: {
    missing: 'No aws_secretsmanager_secret_rotation rotates this secret, so its value never changes.',
    notCreated: 'The aws_secretsmanager_secret_rotation for this secret is not created with these inputs, so its value never changes.',
  },
  examples: {
    bad: 'resource "aws_secretsmanager_secret" "api" {\n  name = "api-token"\n}\n',
    good:
      'resource "aws_secretsmanager_secret" "api" {\n  name = "api-token"\n}\n\nresource "aws_secretsmanager_secret_rotation" "api" {\n' +
      '  secret_id           = aws_secretsmanager_secret.api.id\n  rotation_lambda_arn = aws_lambda_function.rotate.arn\n\n' +
      '  rotation_rules {\n    automatically_after_days = 30\n  }\n}\n',
  },
  check({ file, module, report }) {
    if (isOverrideFile(file)) return;
    const project = moduleFor(file, module);
    for (const secret of resourceInstances(project, file, 'aws_secretsmanager_secret')) {
      const inline = secret.value('rotation_lambda_arn');
      if ((inline !== undefined && inline.kind !== 'null') || secret.blocks('rotation_rules').length > 0) continue;
      const address = `aws_secretsmanager_secret.${secret.block.labels[1]?.value}`;
      if (passedToModule(project, address)) continue;
      const rotations = loggingResourcesFor(project, { type: 'aws_secretsmanager_secret_rotation', argument: 'secret_id', target: address, name: asString(secret.value('name')) });
      if (rotations === 'created' || rotations === 'undecided') continue;
      const [absent] = rotations;
      report({
        at: headerAnchor(file, secret.block),
        messageId: absent ? 'notCreated' : 'missing',
        related: absent ? relatedBlock(project, file, absent, 'The rotation that is not created') : undefined,
      });
    }
  },
});

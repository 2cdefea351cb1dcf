import { defineRule } from '../api';
import { environmentMapCheck, literalSecretRule } from '../shared/aws-data';

const image = environmentMapCheck(['aws_apprunner_service'], 'source_configuration.image_repository.image_configuration.runtime_environment_variables', 'secret');
const code = environmentMapCheck(
  ['aws_apprunner_service'],
  'source_configuration.code_repository.code_configuration.code_configuration_values.runtime_environment_variables',
  'secret',
);

export default defineRule({
  id: 'TF-072',
  title: 'Do not put secrets in App Runner environment variables',
  ...literalSecretRule(),
  docs: {
    rationale:
      'runtime_environment_variables of an App Runner service are stored in the service configuration in clear text and ' +
      'shown to anyone who may describe the service; a password, token or key written there as a literal, a variable ' +
      'default or a tfvars entry is committed with the code. A variable is reported when its value has a known credential ' +
      'format, or when its name says it holds a secret and its value is not a placeholder, a path or an ARN.',
    remediation:
      'Move the variable to runtime_environment_secrets, which takes the ARN of a Secrets Manager secret or SSM parameter ' +
      'that the instance role may read.',
    links: [
      { title: 'aws_apprunner_service', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/apprunner_service#runtime_environment_secrets' },
      { title: 'Referencing environment variables in App Runner', url: 'https://docs.aws.amazon.com/apprunner/latest/dg/env-variable.html' },
    ],
  },
  messages: {
    secret: 'Environment variable {{name}} holds a secret written in the configuration ({{what}}); use runtime_environment_secrets.',
  },
  examples: {
    bad:
      'resource "aws_apprunner_service" "api" {\n  service_name = "api"\n\n  source_configuration {\n    image_repository {\n' +
      '      image_identifier      = "public.ecr.aws/app/api:1"\n      image_repository_type = "ECR_PUBLIC"\n\n      image_configuration {\n' +
      '        runtime_environment_variables = { API_TOKEN = "9f8e7d6c5b4a3921" }\n      }\n    }\n  }\n}\n',
    good:
      'resource "aws_apprunner_service" "api" {\n  service_name = "api"\n\n  source_configuration {\n    image_repository {\n' +
      '      image_identifier      = "public.ecr.aws/app/api:1"\n      image_repository_type = "ECR_PUBLIC"\n\n      image_configuration {\n' +
      '        runtime_environment_secrets = { API_TOKEN = aws_secretsmanager_secret.api.arn }\n      }\n    }\n  }\n}\n',
  },
  check(context) {
    image(context);
    code(context);
  },
});

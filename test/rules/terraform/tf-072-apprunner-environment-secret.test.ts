import rule from '../../../rules/terraform/tf-072-apprunner-environment-secret';
import { ruleTester } from '../../helpers/rule-tester';

const service = (configuration: string) =>
  `resource "aws_apprunner_service" "api" {\n  source_configuration {\n    image_repository {\n      image_configuration {\n${configuration}      }\n    }\n  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'secret by ARN', code: service('        runtime_environment_secrets = { API_TOKEN = aws_secretsmanager_secret.api.arn }\n') },
    { name: 'plain variables', code: service('        runtime_environment_variables = { STAGE = "prod" }\n') },
  ],
  bad: [
    {
      name: 'token in an image service',
      code: service('        runtime_environment_variables = { API_TOKEN = "9f8e7d6c5b4a3921" }\n'),
      findings: [{ messageId: 'secret', line: 5, column: 55, endColumn: 73 }],
    },
    {
      name: 'password in a code service',
      code:
        'resource "aws_apprunner_service" "api" {\n  source_configuration {\n    code_repository {\n      code_configuration {\n' +
        '        code_configuration_values {\n          runtime_environment_variables = { DB_PASSWORD = "Tr0ub4dor3" }\n        }\n      }\n    }\n  }\n}\n',
      findings: [{ messageId: 'secret', line: 6, column: 59, endColumn: 71 }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_apprunner_service": {"api": {"source_configuration": {"image_repository": {"image_configuration": {"runtime_environment_variables": {"API_TOKEN": "9f8e7d6c5b4a3921"}}}}}}}}\n',
      findings: [{ messageId: 'secret', line: 1, column: 166, endColumn: 184 }],
    },
  ],
});

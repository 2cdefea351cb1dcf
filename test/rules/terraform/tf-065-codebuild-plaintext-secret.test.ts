import rule from '../../../rules/terraform/tf-065-codebuild-plaintext-secret';
import { ruleTester } from '../../helpers/rule-tester';

const project = (variable: string) =>
  `resource "aws_codebuild_project" "app" {\n  name = "app"\n\n  environment {\n    image = "aws/codebuild/standard:7.0"\n\n    environment_variable {\n${variable}    }\n  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'secret from Secrets Manager', code: project('      name  = "NPM_TOKEN"\n      type  = "SECRETS_MANAGER"\n      value = "ci/npm-token"\n') },
    { name: 'secret from Parameter Store', code: project('      name  = "DB_PASSWORD"\n      type  = "PARAMETER_STORE"\n      value = "/ci/db_password"\n') },
    { name: 'plain configuration', code: project('      name  = "STAGE"\n      value = "prod"\n') },
    { name: 'type not known before apply', code: project('      name  = "DB_PASSWORD"\n      type  = var.type\n      value = "Tr0ub4dor3"\n') },
  ],
  bad: [
    { name: 'plaintext by default', code: project('      name  = "DB_PASSWORD"\n      value = "Tr0ub4dor3"\n'), findings: [{ messageId: 'secret', line: 9, column: 15, endColumn: 27, suggestions: [] }] },
    {
      name: 'explicit PLAINTEXT with a token format',
      code: project('      name  = "REGISTRY"\n      type  = "PLAINTEXT"\n      value = "npm_abcdefghijklmnopqrstuvwxyz0123456789"\n'),
      findings: [{ messageId: 'secret', line: 10, column: 15, endColumn: 57 }],
    },
    {
      name: 'dynamic variables from a known map',
      code:
        'resource "aws_codebuild_project" "app" {\n  environment {\n    dynamic "environment_variable" {\n      for_each = { API_TOKEN = "9f8e7d6c5b4a3921" }\n' +
        '      content {\n        name  = environment_variable.key\n        value = environment_variable.value\n      }\n    }\n  }\n}\n',
      findings: [{ messageId: 'secret', line: 7, column: 17, endColumn: 43 }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_codebuild_project": {"app": {"environment": {"environment_variable": {"name": "DB_PASSWORD", "value": "Tr0ub4dor3"}}}}}}\n',
      findings: [{ messageId: 'secret', line: 1, column: 122, endColumn: 134 }],
    },
  ],
});

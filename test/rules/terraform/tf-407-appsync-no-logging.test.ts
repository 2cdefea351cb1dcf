import rule from '../../../rules/terraform/tf-407-appsync-no-logging';
import { ruleTester } from '../../helpers/rule-tester';

const api = (body: string) => `resource "aws_appsync_graphql_api" "api" {\n  name                = "api"\n  authentication_type = "API_KEY"\n${body}}\n`;
const logs = (level: string) => `\n  log_config {\n    cloudwatch_logs_role_arn = aws_iam_role.logs.arn\n    field_log_level          = ${level}\n  }\n`;

ruleTester(rule, {
  good: [
    { name: 'errors logged', code: api(logs('"ERROR"')) },
    { name: 'level not known', code: api(logs('var.level')) },
    { name: 'log_config from a dynamic block with an unknown for_each', code: api('  dynamic "log_config" {\n    for_each = var.logs\n    content {\n      field_log_level = "ALL"\n    }\n  }\n') },
  ],
  bad: [
    { name: 'no log_config', code: api(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 41 }] },
    { name: 'NONE', code: api(logs('"NONE"')), findings: [{ messageId: 'none', line: 7, column: 32, endColumn: 38 }] },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_appsync_graphql_api": {\n      "api": { "name": "api" }\n    }\n  }\n}\n',
      findings: [{ messageId: 'missing', line: 4, column: 7, endColumn: 12 }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-034-ssm-parameter-secret';
import { ruleTester } from '../../helpers/rule-tester';

const parameter = (body: string) => `resource "aws_ssm_parameter" "p" {\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'secret as a generated SecureString', code: parameter('  name  = "/app/db_password"\n  type  = "SecureString"\n  value = random_password.db.result\n') },
    { name: 'plain configuration value', code: parameter('  name  = "/app/db_host"\n  type  = "String"\n  value = "db.internal"\n') },
    { name: 'name unknown before apply', code: parameter('  name  = var.name\n  type  = "String"\n  value = var.value\n') },
    { name: 'placeholder set outside Terraform', code: parameter('  name  = "/app/api_token"\n  type  = "SecureString"\n  value = "set-me"\n\n  lifecycle {\n    ignore_changes = [value]\n  }\n') },
    { name: 'path whose leaf describes something else', code: parameter('  name  = "/kms/key_arn"\n  type  = "String"\n  value = aws_kms_key.k.arn\n') },
    { name: 'name that only mentions a secret', code: parameter('  name  = "/app/password_length"\n  type  = "String"\n  value = "32"\n') },
  ],
  bad: [
    {
      name: 'secret name stored as String',
      code: parameter('  name  = "/app/db_password"\n  type  = "String"\n  value = random_password.db.result\n'),
      findings: [
        {
          messageId: 'plainType',
          line: 3,
          column: 11,
          endColumn: 19,
          suggestions: [{ title: 'Store it as a SecureString', output: parameter('  name  = "/app/db_password"\n  type  = "SecureString"\n  value = random_password.db.result\n') }],
        },
      ],
    },
    {
      name: 'secret name after an interpolation, StringList',
      code: parameter('  name  = "/${var.env}/api/token"\n  type  = "StringList"\n  value = var.tokens\n'),
      findings: [{ messageId: 'plainType', line: 3, column: 11, endColumn: 23 }],
    },
    {
      name: 'password in the middle of the path',
      code: parameter('  name  = "/production/database/password/master"\n  type  = "String"\n  value = var.master\n'),
      findings: [{ messageId: 'plainType', line: 3, column: 11, endColumn: 19 }],
    },
    {
      name: 'SecureString with a literal value',
      code: parameter('  name  = "/app/api_key"\n  type  = "SecureString"\n  value = "9f8e7d6c5b4a"\n'),
      findings: [{ messageId: 'literal', line: 4, column: 11, endColumn: 25 }],
    },
    {
      name: 'known credential format under any name',
      code: parameter('  name  = "/ci/config"\n  type  = "SecureString"\n  value = "ghp_abcdefghijklmnopqrstuvwxyz0123456789"\n'),
      findings: [{ messageId: 'literal', line: 4, column: 11, endColumn: 53 }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_ssm_parameter": {"p": {"name": "db_password", "type": "String", "value": "hunter22"}}}}\n',
      findings: [
        { messageId: 'plainType', line: 1, column: 74, endColumn: 82, suggestions: [{ output: '{"resource": {"aws_ssm_parameter": {"p": {"name": "db_password", "type": "SecureString", "value": "hunter22"}}}}\n' }] },
        { messageId: 'literal', line: 1, column: 93, endColumn: 103 },
      ],
    },
  ],
});

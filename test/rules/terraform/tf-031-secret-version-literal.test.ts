import rule from '../../../rules/terraform/tf-031-secret-version-literal';
import { ruleTester } from '../../helpers/rule-tester';

const version = (body: string) => `resource "aws_secretsmanager_secret_version" "api" {\n  secret_id = aws_secretsmanager_secret.api.id\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'generated value', code: version('  secret_string = random_password.api.result\n') },
    { name: 'JSON with a generated password', code: version('  secret_string = jsonencode({ username = "app", password = random_password.db.result })\n') },
    { name: 'variable without a value', code: version('  secret_string = var.api_key\n') },
    { name: 'placeholder set outside Terraform', code: version('  secret_string = "replace-me"\n\n  lifecycle {\n    ignore_changes = [secret_string]\n  }\n') },
    { name: 'write-only value', code: version('  secret_string_wo         = ephemeral.random_password.api.result\n  secret_string_wo_version = 1\n') },
  ],
  bad: [
    {
      name: 'literal string',
      code: version('  secret_string = "s3cr3t-value"\n'),
      findings: [{ messageId: 'literal', line: 3, column: 19, endColumn: 33, suggestions: [] }],
    },
    {
      name: 'JSON document of literals',
      code: version('  secret_string = jsonencode({ username = "app", password = "s3cr3t" })\n'),
      findings: [{ messageId: 'literal', line: 3, column: 19, endColumn: 72 }],
    },
    {
      name: 'binary from a variable default',
      code: version('  secret_binary = var.blob\n'),
      files: { 'variables.tf': 'variable "blob" {\n  default = "c2VjcmV0"\n}\n' },
      findings: [{ messageId: 'literal', line: 3, column: 19, endColumn: 27, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_secretsmanager_secret_version": {"api": {"secret_string": "s3cr3t-value"}}}}\n',
      findings: [{ messageId: 'literal', line: 1, column: 78, endColumn: 92 }],
    },
  ],
});

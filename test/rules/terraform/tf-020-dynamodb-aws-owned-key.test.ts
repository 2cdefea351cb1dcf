import rule from '../../../rules/terraform/tf-020-dynamodb-aws-owned-key';
import { ruleTester } from '../../helpers/rule-tester';

const table = (body: string) => `resource "aws_dynamodb_table" "orders" {\n  name     = "orders"\n  hash_key = "id"\n${body}}\n`;
const title = 'Encrypt with a KMS key';

ruleTester(rule, {
  good: [
    { name: 'AWS managed KMS key', code: table('  server_side_encryption {\n    enabled = true\n  }\n') },
    { name: 'customer-managed key', code: table('  server_side_encryption {\n    enabled     = true\n    kms_key_arn = aws_kms_key.ddb.arn\n  }\n') },
    { name: 'not known before apply', code: table('  server_side_encryption {\n    enabled = var.sse\n  }\n') },
    { name: 'restored from another table', code: table('  restore_source_name = "orders-old"\n') },
    { name: 'dynamic block from an unknown collection', code: table('  dynamic "server_side_encryption" {\n    for_each = var.sse\n    content {\n      enabled = true\n    }\n  }\n') },
    { name: 'JSON syntax, enabled', filename: 'main.tf.json', code: '{"resource": {"aws_dynamodb_table": {"orders": {"server_side_encryption": {"enabled": true}}}}}\n' },
  ],
  bad: [
    {
      name: 'no server_side_encryption block: AWS-owned key',
      code: table(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 39, suggestions: [{ title, output: table('  server_side_encryption {\n    enabled = true\n  }\n') }] }],
    },
    {
      name: 'server_side_encryption disabled',
      code: table('  server_side_encryption {\n    enabled = false\n  }\n'),
      findings: [{ messageId: 'disabled', line: 5, column: 15, endColumn: 20, suggestions: [{ title, output: table('  server_side_encryption {\n    enabled = true\n  }\n') }] }],
    },
    {
      name: 'for_each tables: each reported once at the header',
      code: table('  for_each = toset(["a", "b"])\n'),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 39 }],
    },
    {
      name: 'JSON syntax, disabled',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_dynamodb_table": {"orders": {"server_side_encryption": {"enabled": false}}}}}\n',
      findings: [{ messageId: 'disabled', line: 1, column: 87, endColumn: 92, suggestions: [{ output: '{"resource": {"aws_dynamodb_table": {"orders": {"server_side_encryption": {"enabled": true}}}}}\n' }] }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-063-keyspaces-aws-owned-key';
import { ruleTester } from '../../helpers/rule-tester';

const table = (body: string) => `resource "aws_keyspaces_table" "orders" {\n  table_name = "orders"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'customer-managed key', code: table('  encryption_specification {\n    type               = "CUSTOMER_MANAGED_KMS_KEY"\n    kms_key_identifier = aws_kms_key.k.arn\n  }\n') },
    { name: 'type not known before apply', code: table('  encryption_specification {\n    type = var.type\n  }\n') },
  ],
  bad: [
    { name: 'no encryption specification', code: table(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 40 }] },
    { name: 'AWS-owned key written out', code: table('  encryption_specification {\n    type = "AWS_OWNED_KMS_KEY"\n  }\n'), findings: [{ messageId: 'awsOwned', line: 4, column: 12, endColumn: 31 }] },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_keyspaces_table": {"orders": {"table_name": "orders"}}}}\n',
      findings: [{ messageId: 'missing', line: 1, column: 39, endColumn: 47 }],
    },
  ],
});

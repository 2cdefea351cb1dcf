import rule from '../../../rules/terraform/tf-026-sns-topic-unencrypted';
import { ruleTester } from '../../helpers/rule-tester';

const topic = (body: string) => `resource "aws_sns_topic" "alerts" {\n  name = "alerts"\n${body}}\n`;
const title = 'Encrypt with the AWS managed key (alias/aws/sns)';

ruleTester(rule, {
  good: [
    { name: 'customer-managed key', code: topic('  kms_master_key_id = aws_kms_key.sns.arn\n') },
    { name: 'AWS managed key', code: topic('  kms_master_key_id = "alias/aws/sns"\n') },
    { name: 'key from a variable without a value', code: topic('  kms_master_key_id = var.key\n') },
    { name: 'for_each over a set, all with a key', code: topic('  for_each          = toset(["a", "b"])\n  kms_master_key_id = "alias/aws/sns"\n') },
    { name: 'JSON syntax, key set', filename: 'main.tf.json', code: '{"resource": {"aws_sns_topic": {"alerts": {"kms_master_key_id": "alias/aws/sns"}}}}\n' },
  ],
  bad: [
    {
      name: 'no key',
      code: topic(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 34, suggestions: [{ title, output: topic('  kms_master_key_id = "alias/aws/sns"\n') }] }],
    },
    {
      name: 'empty key',
      code: topic('  kms_master_key_id = ""\n'),
      findings: [{ messageId: 'empty', line: 3, column: 23, endColumn: 25, suggestions: [{ title, output: topic('  kms_master_key_id = "alias/aws/sns"\n') }] }],
    },
    {
      name: 'module variable defaulting to null: reported at the use, no edit',
      code: topic('  kms_master_key_id = var.key\n'),
      files: { 'variables.tf': 'variable "key" {\n  default = null\n}\n' },
      findings: [{ messageId: 'missing', line: 3, column: 23, endColumn: 30, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'JSON syntax, no key',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_sns_topic": {"alerts": {"name": "alerts"}}}}\n',
      findings: [{ messageId: 'missing', line: 1, column: 33, endColumn: 41, suggestions: [{ output: '{"resource": {"aws_sns_topic": {"alerts": {"name": "alerts", "kms_master_key_id": "alias/aws/sns"}}}}\n' }] }],
    },
  ],
});

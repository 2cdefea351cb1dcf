import rule from '../../../rules/terraform/tf-018-kinesis-stream-unencrypted';
import { ruleTester } from '../../helpers/rule-tester';

const stream = (body: string) => `resource "aws_kinesis_stream" "events" {\n  name = "events"\n${body}}\n`;
const title = 'Encrypt with KMS (alias/aws/kinesis)';

ruleTester(rule, {
  good: [
    { name: 'KMS with the AWS managed key', code: stream('  encryption_type = "KMS"\n  kms_key_id      = "alias/aws/kinesis"\n') },
    { name: 'KMS in lower case', code: stream('  encryption_type = "kms"\n  kms_key_id      = aws_kms_key.k.arn\n') },
    { name: 'not known before apply', code: stream('  encryption_type = var.encryption\n') },
    { name: 'count = 0', code: stream('  count = 0\n') },
    { name: 'JSON syntax, KMS', filename: 'main.tf.json', code: '{"resource": {"aws_kinesis_stream": {"events": {"encryption_type": "KMS", "kms_key_id": "alias/aws/kinesis"}}}}\n' },
  ],
  bad: [
    {
      name: 'encryption_type absent: NONE',
      code: stream(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 39, suggestions: [{ title, output: stream('  encryption_type = "KMS"\n  kms_key_id = "alias/aws/kinesis"\n') }] }],
    },
    {
      name: 'explicit NONE: the key is added beside the value',
      code: stream('  encryption_type = "NONE"\n'),
      findings: [{ messageId: 'disabled', line: 3, column: 21, endColumn: 27, suggestions: [{ title, output: stream('  encryption_type = "KMS"\n  kms_key_id = "alias/aws/kinesis"\n') }] }],
    },
    {
      name: 'explicit NONE with a key already set: only the type changes',
      code: stream('  encryption_type = "NONE"\n  kms_key_id      = aws_kms_key.k.arn\n'),
      findings: [{ messageId: 'disabled', line: 3, column: 21, endColumn: 27, suggestions: [{ output: stream('  encryption_type = "KMS"\n  kms_key_id      = aws_kms_key.k.arn\n') }] }],
    },
    {
      name: 'NONE from a variable default: the value in the message',
      code: stream('  encryption_type = var.encryption\n'),
      files: { 'variables.tf': 'variable "encryption" {\n  default = "NONE"\n}\n' },
      findings: [{ messageId: 'disabled', line: 3, column: 21, endColumn: 35, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'counted streams',
      code: stream('  count = length(var.names)\n'),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 39 }],
    },
    {
      name: 'JSON syntax, absent',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_kinesis_stream": {"events": {"name": "events"}}}}\n',
      findings: [{
        messageId: 'missing', line: 1, column: 38, endColumn: 46,
        suggestions: [{ output: '{"resource": {"aws_kinesis_stream": {"events": {"name": "events", "encryption_type": "KMS", "kms_key_id": "alias/aws/kinesis"}}}}\n' }],
      }],
    },
  ],
});

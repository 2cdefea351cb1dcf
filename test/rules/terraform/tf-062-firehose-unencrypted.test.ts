import rule from '../../../rules/terraform/tf-062-firehose-unencrypted';
import { ruleTester } from '../../helpers/rule-tester';

const stream = (body: string) => `resource "aws_kinesis_firehose_delivery_stream" "events" {\n  name = "events"\n${body}}\n`;
const on = stream('  server_side_encryption {\n    enabled = true\n  }\n');

ruleTester(rule, {
  good: [
    { name: 'encryption on', code: on },
    { name: 'customer-managed key', code: stream('  server_side_encryption {\n    enabled  = true\n    key_type = "CUSTOMER_MANAGED_CMK"\n    key_arn  = aws_kms_key.fh.arn\n  }\n') },
    { name: 'Kinesis data stream source', code: stream('  kinesis_source_configuration {\n    kinesis_stream_arn = aws_kinesis_stream.in.arn\n    role_arn           = aws_iam_role.fh.arn\n  }\n') },
  ],
  bad: [
    { name: 'no encryption block', code: stream(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 57, suggestions: [{ title: 'Enable server-side encryption', output: on }] }] },
    { name: 'encryption off', code: stream('  server_side_encryption {\n    enabled = false\n  }\n'), findings: [{ messageId: 'disabled', line: 4, column: 15, endColumn: 20, suggestions: [{ output: on }] }] },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_kinesis_firehose_delivery_stream": {"events": {"name": "events"}}}}\n',
      findings: [{ messageId: 'missing', line: 1, column: 56, endColumn: 64 }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-017-sqs-sse-disabled';
import { ruleTester } from '../../helpers/rule-tester';

const queue = (body: string) => `resource "aws_sqs_queue" "jobs" {\n  name = "jobs"\n${body}}\n`;
const title = 'Encrypt with the SQS-owned key (sqs_managed_sse_enabled = true)';

ruleTester(rule, {
  good: [
    { name: 'absent: SSE-SQS is the default for new queues', code: queue('') },
    { name: 'SSE-SQS on', code: queue('  sqs_managed_sse_enabled = true\n') },
    { name: 'SSE-KMS instead of SSE-SQS', code: queue('  sqs_managed_sse_enabled = false\n  kms_master_key_id       = "alias/aws/sqs"\n') },
    { name: 'SSE-KMS with a key known after apply', code: queue('  sqs_managed_sse_enabled = false\n  kms_master_key_id       = aws_kms_key.q.arn\n') },
    { name: 'not known before apply', code: queue('  sqs_managed_sse_enabled = var.sse\n') },
    { name: 'count = 0', code: queue('  count                   = 0\n  sqs_managed_sse_enabled = false\n') },
    { name: 'JSON syntax, SSE-KMS', filename: 'main.tf.json', code: '{"resource": {"aws_sqs_queue": {"jobs": {"sqs_managed_sse_enabled": false, "kms_master_key_id": "alias/aws/sqs"}}}}\n' },
  ],
  bad: [
    {
      name: 'SSE-SQS turned off without a KMS key',
      code: queue('  sqs_managed_sse_enabled = false\n'),
      findings: [{ messageId: 'disabled', line: 3, column: 29, endColumn: 34, suggestions: [{ title, output: queue('  sqs_managed_sse_enabled = true\n') }] }],
    },
    {
      name: 'turned off with a null key',
      code: queue('  sqs_managed_sse_enabled = false\n  kms_master_key_id       = null\n'),
      findings: [{ messageId: 'disabled', line: 3, column: 29, endColumn: 34 }],
    },
    {
      name: 'turned off by a variable default',
      code: queue('  sqs_managed_sse_enabled = var.sse\n'),
      files: { 'variables.tf': 'variable "sse" {\n  default = false\n}\n' },
      findings: [{ messageId: 'disabled', line: 3, column: 29, endColumn: 36, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'for_each queues, one with SSE off',
      code: queue('  for_each                = { a = true, b = false }\n  sqs_managed_sse_enabled = each.value\n'),
      findings: [{ messageId: 'disabled', line: 4, column: 29, endColumn: 39 }],
    },
    {
      name: 'JSON syntax, turned off',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_sqs_queue": {"jobs": {"sqs_managed_sse_enabled": false}}}}\n',
      findings: [{ messageId: 'disabled', line: 1, column: 69, endColumn: 74, suggestions: [{ output: '{"resource": {"aws_sqs_queue": {"jobs": {"sqs_managed_sse_enabled": true}}}}\n' }] }],
    },
  ],
});

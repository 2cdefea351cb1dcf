import { asBool, defineRule } from '../api';
import { attributeCheck } from '../shared/terraform-attribute-check';
import { encryptionAtRest } from '../shared/frameworks';

export default defineRule({
  id: 'TF-017',
  title: 'Do not turn off SQS queue encryption',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['3.1'],
  frameworks: encryptionAtRest(),
  docs: {
    rationale:
      'New queues are encrypted with SQS-owned keys (SSE-SQS) by default; sqs_managed_sse_enabled = false without a ' +
      'kms_master_key_id turns that off, and the messages waiting in the queue are stored in clear text.',
    remediation: 'Remove sqs_managed_sse_enabled = false, set it to true, or encrypt with a KMS key through kms_master_key_id.',
    links: [
      { title: 'aws_sqs_queue', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sqs_queue#sqs_managed_sse_enabled' },
      { title: 'Encryption at rest in Amazon SQS', url: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html' },
    ],
  },
  messages: {
    disabled: 'sqs_managed_sse_enabled = false and no kms_master_key_id: messages in this queue are stored unencrypted.',
    missing: 'This queue sets no server-side encryption.',
  },
  examples: {
    bad: 'resource "aws_sqs_queue" "jobs" {\n  name                    = "jobs"\n  sqs_managed_sse_enabled = false\n}\n',
    good: 'resource "aws_sqs_queue" "jobs" {\n  name = "jobs"\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_sqs_queue'],
    path: 'sqs_managed_sse_enabled',
    // With a KMS key the queue uses SSE-KMS instead, and the SQS-owned key must stay off.
    compliant: (value, { resource }) => {
      const key = resource.value('kms_master_key_id');
      if (key !== undefined && key.kind !== 'null') return true;
      return asBool(value);
    },
    absent: 'compliant',
    messages: { insecure: 'disabled', missing: 'missing' },
    remedy: { value: true, title: 'Encrypt with the SQS-owned key (sqs_managed_sse_enabled = true)', kind: 'suggest' },
  }),
});

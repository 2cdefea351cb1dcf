import { asString, defineRule } from '../api';
import { attributeCheck } from '../shared/terraform-attribute-check';
import { encryptionAtRest } from '../shared/frameworks';

export default defineRule({
  id: 'TF-018',
  title: 'Encrypt Kinesis data streams',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['3.1'],
  frameworks: encryptionAtRest(),
  docs: {
    rationale:
      'A Kinesis data stream keeps its records unencrypted unless encryption_type is KMS: the default is NONE, so up to ' +
      'the whole retention period of data is stored in clear text.',
    remediation: 'Set encryption_type = "KMS" with kms_key_id = "alias/aws/kinesis" or a customer-managed key.',
    links: [
      { title: 'aws_kinesis_stream', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kinesis_stream#encryption_type' },
      { title: 'Data protection in Amazon Kinesis Data Streams', url: 'https://docs.aws.amazon.com/streams/latest/dev/server-side-encryption.html' },
    ],
  },
  messages: {
    disabled: 'encryption_type = "{{value}}": records in this stream are stored unencrypted.',
    missing: 'encryption_type is not set, so this stream stores its records unencrypted (NONE).',
  },
  examples: {
    bad: 'resource "aws_kinesis_stream" "events" {\n  name             = "events"\n  retention_period = 24\n}\n',
    good:
      'resource "aws_kinesis_stream" "events" {\n  name             = "events"\n  retention_period = 24\n  encryption_type  = "KMS"\n' +
      '  kms_key_id       = "alias/aws/kinesis"\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_kinesis_stream'],
    path: 'encryption_type',
    compliant: (value) => {
      const type = asString(value)?.trim().toUpperCase();
      return type === undefined ? undefined : type === 'KMS';
    },
    absent: 'insecure',
    messages: { insecure: 'disabled', missing: 'missing' },
    data: (value) => ({ value: asString(value) ?? '' }),
    // In place, but producers and consumers then need kms:GenerateDataKey / kms:Decrypt on a customer key.
    remedy: { value: 'KMS', title: 'Encrypt with KMS (alias/aws/kinesis)', kind: 'suggest', alongside: [['kms_key_id', 'alias/aws/kinesis']] },
  }),
});

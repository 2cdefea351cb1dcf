import { defineRule } from '../api';
import { customerKeyRule } from '../shared/aws-data';
import { encryptionAtRest } from '../shared/frameworks';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-062',
  title: 'Encrypt Firehose delivery streams at rest',
  ...customerKeyRule(),
  frameworks: encryptionAtRest(),
  docs: {
    rationale:
      'A Firehose stream that receives records directly (Direct PUT) buffers them, for up to 15 minutes, without ' +
      'server-side encryption unless server_side_encryption { enabled = true }. The destination usually encrypts what ' +
      'is delivered and the buffer is short-lived, which is why this is only in the strict preset. Streams that read ' +
      'from a Kinesis data stream or MSK take the encryption of their source and are not reported.',
    remediation: 'Add server_side_encryption { enabled = true } (key_type = "CUSTOMER_MANAGED_CMK" with key_arn for a key of your own).',
    links: [
      { title: 'aws_kinesis_firehose_delivery_stream', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kinesis_firehose_delivery_stream#server_side_encryption' },
      { title: 'Data protection in Amazon Data Firehose', url: 'https://docs.aws.amazon.com/firehose/latest/dev/encryption.html' },
    ],
  },
  messages: {
    disabled: 'server_side_encryption is disabled: this stream buffers records unencrypted.',
    missing: 'This delivery stream does not enable server_side_encryption, which is off by default.',
  },
  examples: {
    bad: 'resource "aws_kinesis_firehose_delivery_stream" "events" {\n  name        = "events"\n  destination = "extended_s3"\n}\n',
    good:
      'resource "aws_kinesis_firehose_delivery_stream" "events" {\n  name        = "events"\n  destination = "extended_s3"\n\n' +
      '  server_side_encryption {\n    enabled = true\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_kinesis_firehose_delivery_stream'],
    // In place: Firehose starts encrypting new records.
    ...mustBeTrue('server_side_encryption.enabled', { title: 'Enable server-side encryption' }),
    absent: 'insecure',
    undecidableWhenSet: ['kinesis_source_configuration', 'msk_source_configuration'],
    messages: { insecure: 'disabled', missing: 'missing' },
  }),
});

import { defineRule } from '../api';
import { customerKeyCheck, customerKeyRule } from '../shared/aws-data';

export default defineRule({
  id: 'TF-059',
  title: 'Encrypt Kinesis video streams with a customer-managed KMS key',
  ...customerKeyRule(),
  docs: {
    rationale:
      'Kinesis Video Streams always encrypts stored video; without kms_key_id it uses the AWS managed aws/kinesisvideo key, whose policy cannot be changed, so who may play back the video is decided by IAM alone. That is why this is only in the strict preset.',
    remediation: 'Set kms_key_id to a customer-managed KMS key (the stream is replaced).',
    links: [
      { title: 'aws_kinesis_video_stream', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kinesis_video_stream#kms_key_id' },
      { title: 'Data protection in Kinesis Video Streams', url: 'https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/how-kms.html' },
    ],
  },
  messages: {
    empty: 'kms_key_id is empty: the stream uses the AWS managed aws/kinesisvideo key.',
    missing: 'This video stream sets no kms_key_id, so it is encrypted with the AWS managed aws/kinesisvideo key.',
  },
  examples: {
    bad: 'resource "aws_kinesis_video_stream" "main" {\n  name                    = "camera"\n  data_retention_in_hours = 24\n}\n',
    good: 'resource "aws_kinesis_video_stream" "main" {\n  name                    = "camera"\n  data_retention_in_hours = 24\n  kms_key_id = aws_kms_key.main.arn\n}\n',
  },
  check: customerKeyCheck(['aws_kinesis_video_stream'], 'kms_key_id', { insecure: 'empty', missing: 'missing' }),
});

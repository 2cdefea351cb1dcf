import rule from '../../../rules/terraform/tf-059-kinesis-video-no-kms';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(rule, {
  good: [
    { name: 'customer-managed key', code: 'resource "aws_kinesis_video_stream" "main" {\n  name                    = "camera"\n  data_retention_in_hours = 24\n  kms_key_id = aws_kms_key.main.arn\n}\n' },
    { name: 'key from a variable without a value', code: 'resource "aws_kinesis_video_stream" "main" {\n  name                    = "camera"\n  data_retention_in_hours = 24\n  kms_key_id = var.kms_key\n}\n' },
  ],
  bad: [
    { name: 'no key', code: 'resource "aws_kinesis_video_stream" "main" {\n  name                    = "camera"\n  data_retention_in_hours = 24\n}\n', findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 43, suggestions: [] }] },
    { name: 'empty key', code: 'resource "aws_kinesis_video_stream" "main" {\n  name                    = "camera"\n  data_retention_in_hours = 24\n  kms_key_id = ""\n}\n', findings: [{ messageId: 'empty', line: 4, column: 16, endColumn: 18, suggestions: [] }] },
    { name: 'JSON syntax, no key', filename: 'main.tf.json', code: '{"resource": {"aws_kinesis_video_stream": {"main": {"tags": {}}}}}\n', findings: [{ messageId: 'missing', line: 1, column: 44, endColumn: 50, suggestions: [] }] },
  ],
});

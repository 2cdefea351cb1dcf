import rule from '../../../rules/terraform/tf-044-glue-security-configuration-unencrypted';
import { ruleTester } from '../../helpers/rule-tester';

const configuration = (cloudwatch: string, bookmarks: string, s3: string) =>
  'resource "aws_glue_security_configuration" "etl" {\n  name = "etl"\n\n  encryption_configuration {\n' +
  `    cloudwatch_encryption {\n${cloudwatch}    }\n\n    job_bookmarks_encryption {\n${bookmarks}    }\n\n    s3_encryption {\n${s3}    }\n  }\n}\n`;
const cw = '      cloudwatch_encryption_mode = "SSE-KMS"\n';
const jb = '      job_bookmarks_encryption_mode = "CSE-KMS"\n';
const s3 = '      s3_encryption_mode = "SSE-S3"\n';

ruleTester(rule, {
  good: [
    { name: 'everything encrypted', code: configuration(cw, jb, s3) },
    { name: 'modes not known before apply', code: configuration('      cloudwatch_encryption_mode = var.m\n', '      job_bookmarks_encryption_mode = var.m\n', '      s3_encryption_mode = var.m\n') },
  ],
  bad: [
    {
      name: 'S3 disabled explicitly',
      code: configuration(cw, jb, '      s3_encryption_mode = "DISABLED"\n'),
      findings: [{ messageId: 's3', line: 14, column: 28, endColumn: 38 }],
    },
    {
      name: 'CloudWatch mode left out: disabled by default',
      code: configuration('', jb, s3),
      findings: [{ messageId: 'cloudWatch', line: 5, column: 5, endColumn: 26 }],
    },
    {
      name: 'JSON syntax, bookmarks disabled',
      filename: 'main.tf.json',
      code:
        '{"resource": {"aws_glue_security_configuration": {"etl": {"encryption_configuration": {"cloudwatch_encryption": {"cloudwatch_encryption_mode": "SSE-KMS"}, ' +
        '"job_bookmarks_encryption": {"job_bookmarks_encryption_mode": "DISABLED"}, "s3_encryption": {"s3_encryption_mode": "SSE-KMS"}}}}}}\n',
      findings: [{ messageId: 'bookmarks', line: 1, column: 218, endColumn: 228 }],
    },
  ],
});

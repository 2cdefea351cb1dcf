import { asString, defineRule } from '../api';
import { encryptionRule } from '../shared/aws-data';
import { attributeCheck } from '../shared/terraform-attribute-check';

/** The three targets of a security configuration; each mode defaults to DISABLED. */
const targets = [
  ['cloudwatch_encryption', 'cloudwatch_encryption_mode', 'cloudWatch'],
  ['job_bookmarks_encryption', 'job_bookmarks_encryption_mode', 'bookmarks'],
  ['s3_encryption', 's3_encryption_mode', 's3'],
] as const;

const checks = targets.map(([block, mode, message]) =>
  attributeCheck({
    resources: ['aws_glue_security_configuration'],
    path: `encryption_configuration.${block}.${mode}`,
    compliant: (value) => {
      const text = asString(value);
      return text === undefined ? undefined : text.toUpperCase() !== 'DISABLED';
    },
    absent: 'insecure',
    messages: { insecure: message, missing: message },
  }),
);

export default defineRule({
  id: 'TF-044',
  title: 'Encrypt everything a Glue security configuration covers',
  ...encryptionRule('medium'),
  docs: {
    rationale:
      'A Glue security configuration decides how the jobs, crawlers and development endpoints that use it encrypt what ' +
      'they write: data in S3, logs in CloudWatch and job bookmarks. Each mode defaults to "DISABLED", and a target left ' +
      'disabled is written without the configuration\'s KMS encryption.',
    remediation:
      'Set s3_encryption_mode = "SSE-KMS" (or "SSE-S3"), cloudwatch_encryption_mode = "SSE-KMS" and ' +
      'job_bookmarks_encryption_mode = "CSE-KMS", each with a kms_key_arn.',
    links: [
      { title: 'aws_glue_security_configuration', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/glue_security_configuration' },
      { title: 'Encrypting data written by AWS Glue', url: 'https://docs.aws.amazon.com/glue/latest/dg/encryption-security-configuration.html' },
    ],
  },
  messages: {
    cloudWatch: 'CloudWatch encryption is disabled in this security configuration: job logs are not encrypted with KMS.',
    bookmarks: 'Job bookmark encryption is disabled in this security configuration.',
    s3: 'S3 encryption is disabled in this security configuration: data the jobs write to S3 is not encrypted by them.',
  },
  examples: {
    bad:
      'resource "aws_glue_security_configuration" "etl" {\n  name = "etl"\n\n  encryption_configuration {\n    cloudwatch_encryption {\n' +
      '      cloudwatch_encryption_mode = "DISABLED"\n    }\n\n    job_bookmarks_encryption {\n      job_bookmarks_encryption_mode = "DISABLED"\n    }\n\n' +
      '    s3_encryption {\n      s3_encryption_mode = "DISABLED"\n    }\n  }\n}\n',
    good:
      'resource "aws_glue_security_configuration" "etl" {\n  name = "etl"\n\n  encryption_configuration {\n    cloudwatch_encryption {\n' +
      '      cloudwatch_encryption_mode = "SSE-KMS"\n      kms_key_arn                = aws_kms_key.glue.arn\n    }\n\n' +
      '    job_bookmarks_encryption {\n      job_bookmarks_encryption_mode = "CSE-KMS"\n      kms_key_arn                   = aws_kms_key.glue.arn\n    }\n\n' +
      '    s3_encryption {\n      s3_encryption_mode = "SSE-KMS"\n      kms_key_arn        = aws_kms_key.glue.arn\n    }\n  }\n}\n',
  },
  check(context) {
    for (const check of checks) check(context);
  },
});

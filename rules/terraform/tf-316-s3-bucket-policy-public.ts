import { defineRule } from '../api';
import { awsDoc, publicEndpointRule, publicPolicyCheck } from '../shared/aws-network';

export default defineRule({
  id: 'TF-316',
  title: 'Do not grant access to everyone in S3 bucket policies',
  ...publicEndpointRule({ severity: 'critical' }),
  docs: {
    rationale:
      'A bucket policy statement that allows Principal "*" (or AWS = "*") without a condition grants its actions to anyone ' +
      'on the internet, signed in or not. Statements restricted by a condition (source VPC endpoint, organisation, source ' +
      'account or ARN) are accepted. Policies are read on aws_s3_bucket_policy, on the inline policy of aws_s3_bucket and ' +
      'in aws_iam_policy_document data sources used by them.',
    remediation: 'Name the accounts, roles or services that need access, or add a condition such as aws:SourceVpce or aws:PrincipalOrgID; serve public content through CloudFront with origin access control.',
    links: [
      awsDoc('aws_s3_bucket_policy'),
      { title: 'Bucket policy examples', url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies.html' },
    ],
  },
  messages: {
    public: 'This statement allows everyone ("*") without a condition: the bucket is public.',
  },
  examples: {
    bad:
      'resource "aws_s3_bucket_policy" "site" {\n  bucket = aws_s3_bucket.site.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n' +
      '    Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "${aws_s3_bucket.site.arn}/*" }]\n  })\n}\n',
    good:
      'resource "aws_s3_bucket_policy" "site" {\n  bucket = aws_s3_bucket.site.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n' +
      '    Statement = [{ Effect = "Allow", Principal = { Service = "cloudfront.amazonaws.com" }, Action = "s3:GetObject", Resource = "${aws_s3_bucket.site.arn}/*" }]\n  })\n}\n',
  },
  check: publicPolicyCheck({ types: ['aws_s3_bucket_policy', 'aws_s3_bucket'] }, 'public'),
});

import { defineRule } from '../api';
import { allOf, awsDoc, publicEndpointRule } from '../shared/aws-network';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

const blocks = ['aws_s3_bucket_public_access_block', 'aws_s3_account_public_access_block'];

/** Each flag is false when absent; its own message says what it leaves open. */
type Message = `${'aclsAllowed' | 'policyAllowed' | 'aclsHonoured' | 'bucketsOpen'}${'' | 'Missing'}`;
const flag = (name: string, insecure: Message, missing: Message) =>
  attributeCheck<Message>({ resources: blocks, ...mustBeTrue(name), absent: 'insecure', messages: { insecure, missing } });

export default defineRule({
  id: 'TF-314',
  title: 'Turn on every S3 Block Public Access setting',
  ...publicEndpointRule(),
  docs: {
    rationale:
      'An aws_s3_bucket_public_access_block (or the account-wide aws_s3_account_public_access_block) sets four flags, each ' +
      'false when left out: block_public_acls and ignore_public_acls stop public ACLs from being set or honoured, ' +
      'block_public_policy and restrict_public_buckets do the same for public bucket policies. A flag left off reopens the ' +
      'path to a public bucket that S3 otherwise blocks by default for new buckets.',
    remediation: 'Set block_public_acls, block_public_policy, ignore_public_acls and restrict_public_buckets to true; serve public content through CloudFront with origin access control.',
    links: [
      awsDoc('aws_s3_bucket_public_access_block'),
      awsDoc('aws_s3_account_public_access_block'),
      { title: 'Blocking public access to your Amazon S3 storage', url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html' },
    ],
  },
  messages: {
    aclsAllowed: 'block_public_acls = false lets public ACLs be set on the bucket and its objects.',
    aclsAllowedMissing: 'block_public_acls is not set, so it is false: public ACLs can be set.',
    policyAllowed: 'block_public_policy = false lets a bucket policy grant public access.',
    policyAllowedMissing: 'block_public_policy is not set, so it is false: a public bucket policy can be attached.',
    aclsHonoured: 'ignore_public_acls = false keeps public ACLs in force.',
    aclsHonouredMissing: 'ignore_public_acls is not set, so it is false: public ACLs stay in force.',
    bucketsOpen: 'restrict_public_buckets = false lets anyone use a public bucket policy.',
    bucketsOpenMissing: 'restrict_public_buckets is not set, so it is false: a public bucket policy is honoured.',
  },
  examples: {
    bad: 'resource "aws_s3_bucket_public_access_block" "data" {\n  bucket              = aws_s3_bucket.data.id\n  block_public_acls   = true\n  block_public_policy = false\n}\n',
    good:
      'resource "aws_s3_bucket_public_access_block" "data" {\n  bucket                  = aws_s3_bucket.data.id\n  block_public_acls       = true\n' +
      '  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}\n',
  },
  check: allOf(
    flag('block_public_acls', 'aclsAllowed', 'aclsAllowedMissing'),
    flag('block_public_policy', 'policyAllowed', 'policyAllowedMissing'),
    flag('ignore_public_acls', 'aclsHonoured', 'aclsHonouredMissing'),
    flag('restrict_public_buckets', 'bucketsOpen', 'bucketsOpenMissing'),
  ),
});

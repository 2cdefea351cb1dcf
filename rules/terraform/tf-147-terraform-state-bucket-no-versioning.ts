import { defineRule } from '../api';
import { awsDoc, recoveryRule } from '../shared/aws-operations';
import { isStateBucket, versioningCheck } from '../shared/aws-s3-versioning';

export default defineRule({
  id: 'TF-147',
  title: 'Version the S3 bucket that holds Terraform state',
  ...recoveryRule(),
  docs: {
    rationale:
      'Terraform overwrites its state object on every apply: without versioning, a corrupted or truncated write, a ' +
      'mistaken `terraform state rm` or a deleted object cannot be rolled back, and the infrastructure loses the record ' +
      'of what it manages. A bucket is taken for a state bucket when a backend "s3" block of the module names it or its ' +
      'name says so (tfstate, terraform-state).',
    remediation: 'Add aws_s3_bucket_versioning for the bucket with versioning_configuration { status = "Enabled" }.',
    links: [
      awsDoc('s3_bucket_versioning'),
      { title: 'Backend type: s3', url: 'https://developer.hashicorp.com/terraform/language/backend/s3' },
    ],
  },
  messages: {
    suspended: 'Versioning status "{{status}}" on a Terraform state bucket: an overwritten state cannot be restored.',
    disabled: 'versioning is disabled on a Terraform state bucket: an overwritten state cannot be restored.',
    none: 'This Terraform state bucket is not versioned: an overwritten or deleted state cannot be restored.',
  },
  examples: {
    bad: 'resource "aws_s3_bucket" "state" {\n  bucket = "acme-tfstate"\n}\n',
    good:
      'resource "aws_s3_bucket" "state" {\n  bucket = "acme-tfstate"\n}\n\nresource "aws_s3_bucket_versioning" "state" {\n' +
      '  bucket = aws_s3_bucket.state.id\n\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n',
  },
  check: versioningCheck((module, bucket) => isStateBucket(module, bucket), { suspended: 'suspended', disabled: 'disabled', none: 'none' }),
});

import { defineRule } from '../api';
import { awsDoc, recoveryRule } from '../shared/aws-operations';
import { isStateBucket, versioningCheck } from '../shared/aws-s3-versioning';

export default defineRule({
  id: 'TF-146',
  title: 'Turn on versioning for S3 buckets',
  // Versioning keeps every overwritten object (billed), and many buckets hold data that can be rebuilt.
  ...recoveryRule({ severity: 'low', preset: 'strict' }),
  docs: {
    rationale:
      'Without versioning an overwrite or a delete replaces the object for good: a bug, a compromised key or ransomware ' +
      'that rewrites the bucket leaves nothing to restore. Versioning is off until an aws_s3_bucket_versioning sets ' +
      'status = "Enabled" (or, before provider 4.0, an inline versioning { enabled = true }); Object Lock keeps it on. ' +
      'Buckets that hold Terraform state have their own rule (TF-147).',
    remediation:
      'Add aws_s3_bucket_versioning { bucket = aws_s3_bucket.<name>.id, versioning_configuration { status = "Enabled" } }, with a lifecycle rule that expires noncurrent versions.',
    links: [
      awsDoc('s3_bucket_versioning'),
      { title: 'Retaining multiple versions of objects with S3 Versioning', url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html' },
    ],
  },
  messages: {
    suspended: 'Versioning status "{{status}}": overwritten and deleted objects of this bucket cannot be restored.',
    disabled: 'versioning is disabled: overwritten and deleted objects of this bucket cannot be restored.',
    none: 'This bucket is not versioned: overwritten and deleted objects cannot be restored.',
  },
  examples: {
    bad: 'resource "aws_s3_bucket" "reports" {\n  bucket = "acme-reports"\n}\n',
    good:
      'resource "aws_s3_bucket" "reports" {\n  bucket = "acme-reports"\n}\n\nresource "aws_s3_bucket_versioning" "reports" {\n' +
      '  bucket = aws_s3_bucket.reports.id\n\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n',
  },
  check: versioningCheck(
    (module, bucket) => isStateBucket(module, bucket) !== true,
    { suspended: 'suspended', disabled: 'disabled', none: 'none' },
  ),
});

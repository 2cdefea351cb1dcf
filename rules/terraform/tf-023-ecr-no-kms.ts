import { asString, defineRule } from '../api';
import { attributeCheck } from '../shared/terraform-attribute-check';
import { keyManagement } from '../shared/frameworks';

const kmsTypes = new Set(['KMS', 'KMS_DSSE']);

export default defineRule({
  id: 'TF-023',
  title: 'Encrypt ECR repositories with a KMS key',
  target: 'terraform',
  severity: 'low',
  preset: 'strict',
  requirements: ['3.1'],
  frameworks: keyManagement(),
  docs: {
    rationale:
      'ECR always encrypts images, by default with S3-managed AES-256 keys; KMS encryption puts the key in your ' +
      'account, so every image pull is logged in CloudTrail and access can be revoked through the key policy.',
    remediation: 'Add encryption_configuration { encryption_type = "KMS" } (and kms_key for a customer-managed key) when the repository is created.',
    links: [
      { title: 'aws_ecr_repository', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecr_repository#encryption_configuration' },
      { title: 'Encryption at rest for Amazon ECR', url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html' },
    ],
  },
  messages: {
    aes: 'encryption_type = "{{value}}": images are encrypted with S3-managed keys, not a KMS key in your account.',
    missing: 'This repository uses the default AES-256 encryption, not a KMS key in your account.',
  },
  examples: {
    bad: 'resource "aws_ecr_repository" "app" {\n  name = "app"\n}\n',
    good: 'resource "aws_ecr_repository" "app" {\n  name = "app"\n\n  encryption_configuration {\n    encryption_type = "KMS"\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_ecr_repository'],
    path: 'encryption_configuration.encryption_type',
    compliant: (value) => {
      const type = asString(value)?.trim().toUpperCase();
      return type === undefined ? undefined : kmsTypes.has(type);
    },
    absent: 'insecure',
    messages: { insecure: 'aes', missing: 'missing' },
    data: (value) => ({ value: asString(value) ?? '' }),
    remedy: { value: 'KMS', title: 'Encrypt with KMS', kind: 'suggest', replacesResource: true },
  }),
});

import { defineRule } from '../api';
import { customerKeyCheck, customerKeyRule } from '../shared/aws-data';

export default defineRule({
  id: 'TF-047',
  title: 'Encrypt SageMaker Studio domains with a customer-managed KMS key',
  ...customerKeyRule(),
  docs: {
    rationale:
      'A SageMaker domain stores every user\'s home directory, notebooks and data on an EFS file system. Without kms_key_id that file system is encrypted with an AWS managed key, whose use you cannot restrict per domain nor revoke; the data is still encrypted, which is why this is only in the strict preset.',
    remediation: 'Set kms_key_id to a customer-managed KMS key (the domain is replaced).',
    links: [
      { title: 'aws_sagemaker_domain', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sagemaker_domain#kms_key_id' },
      { title: 'Protect data at rest in SageMaker', url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest.html' },
    ],
  },
  messages: {
    empty: 'kms_key_id is empty: the domain\'s home directories use an AWS managed key only.',
    missing: 'This domain sets no kms_key_id, so its home directories are encrypted with a key you do not control.',
  },
  examples: {
    bad: 'resource "aws_sagemaker_domain" "main" {\n  domain_name = "studio"\n  auth_mode   = "IAM"\n  vpc_id      = aws_vpc.main.id\n}\n',
    good: 'resource "aws_sagemaker_domain" "main" {\n  domain_name = "studio"\n  auth_mode   = "IAM"\n  vpc_id      = aws_vpc.main.id\n  kms_key_id = aws_kms_key.main.arn\n}\n',
  },
  check: customerKeyCheck(['aws_sagemaker_domain'], 'kms_key_id', { insecure: 'empty', missing: 'missing' }),
});

import { defineRule } from '../api';
import { customerKeyCheck, customerKeyRule } from '../shared/aws-data';

export default defineRule({
  id: 'TF-045',
  title: 'Encrypt SageMaker notebook instances with a customer-managed KMS key',
  ...customerKeyRule(),
  docs: {
    rationale:
      'A notebook instance keeps notebooks, data and credentials the user saved on its ML storage volume. Without kms_key_id SageMaker encrypts that volume with a key it manages, whose use you cannot restrict with a key policy nor audit per key; a customer-managed key makes access to the volume a permission you control and can revoke. The provider-managed key already encrypts the volume, which is why this is only in the strict preset.',
    remediation: 'Set kms_key_id to a customer-managed KMS key (the notebook instance is replaced).',
    links: [
      { title: 'aws_sagemaker_notebook_instance', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sagemaker_notebook_instance#kms_key_id' },
      { title: 'Protect data at rest in SageMaker', url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest.html' },
    ],
  },
  messages: {
    empty: 'kms_key_id is empty: the notebook volume is encrypted with a SageMaker-managed key only.',
    missing: 'This notebook instance sets no kms_key_id, so its storage volume is encrypted with a key you do not control.',
  },
  examples: {
    bad: 'resource "aws_sagemaker_notebook_instance" "main" {\n  name          = "lab"\n  role_arn      = aws_iam_role.sagemaker.arn\n  instance_type = "ml.t3.medium"\n}\n',
    good: 'resource "aws_sagemaker_notebook_instance" "main" {\n  name          = "lab"\n  role_arn      = aws_iam_role.sagemaker.arn\n  instance_type = "ml.t3.medium"\n  kms_key_id = aws_kms_key.main.arn\n}\n',
  },
  check: customerKeyCheck(['aws_sagemaker_notebook_instance'], 'kms_key_id', { insecure: 'empty', missing: 'missing' }),
});

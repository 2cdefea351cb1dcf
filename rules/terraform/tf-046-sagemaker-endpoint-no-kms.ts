import { defineRule } from '../api';
import { customerKeyCheck, customerKeyRule } from '../shared/aws-data';

export default defineRule({
  id: 'TF-046',
  title: 'Encrypt SageMaker endpoint storage with a customer-managed KMS key',
  ...customerKeyRule(),
  docs: {
    rationale:
      'kms_key_arn is the key SageMaker uses for the storage volumes attached to the instances that host an endpoint. Without it the volumes use a key SageMaker manages, which you cannot restrict or revoke; the data is still encrypted, which is why this is only in the strict preset. Instance types with local NVMe storage encrypt it with a hardware key and do not accept kms_key_arn.',
    remediation: 'Set kms_key_arn to a customer-managed KMS key (a new endpoint configuration).',
    links: [
      { title: 'aws_sagemaker_endpoint_configuration', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sagemaker_endpoint_configuration#kms_key_arn' },
      { title: 'Protect data at rest in SageMaker', url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest.html' },
    ],
  },
  messages: {
    empty: 'kms_key_arn is empty: endpoint volumes are encrypted with a SageMaker-managed key only.',
    missing: 'This endpoint configuration sets no kms_key_arn, so its instance volumes use a key you do not control.',
  },
  examples: {
    bad: 'resource "aws_sagemaker_endpoint_configuration" "main" {\n  production_variants {\n    variant_name  = "main"\n    model_name    = aws_sagemaker_model.main.name\n    instance_type = "ml.m5.large"\n  }\n}\n',
    good: 'resource "aws_sagemaker_endpoint_configuration" "main" {\n  production_variants {\n    variant_name  = "main"\n    model_name    = aws_sagemaker_model.main.name\n    instance_type = "ml.m5.large"\n  }\n  kms_key_arn = aws_kms_key.main.arn\n}\n',
  },
  check: customerKeyCheck(['aws_sagemaker_endpoint_configuration'], 'kms_key_arn', { insecure: 'empty', missing: 'missing' }),
});

import { defineRule } from '../api';
import { customerKeyCheck, customerKeyRule } from '../shared/aws-data';

export default defineRule({
  id: 'TF-049',
  title: 'Encrypt MSK broker storage with a customer-managed KMS key',
  ...customerKeyRule(),
  docs: {
    rationale:
      'MSK always encrypts broker storage; without encryption_info { encryption_at_rest_kms_key_arn } it uses the AWS managed aws/kafka key, whose policy cannot be changed: who may read the data is decided by IAM alone and the key cannot be disabled to cut access. That is why this is only in the strict preset.',
    remediation: 'Set encryption_info { encryption_at_rest_kms_key_arn } to a customer-managed KMS key (the cluster is replaced).',
    links: [
      { title: 'aws_msk_cluster', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/msk_cluster#encryption_at_rest_kms_key_arn' },
      { title: 'Amazon MSK encryption', url: 'https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html' },
    ],
  },
  messages: {
    empty: 'encryption_at_rest_kms_key_arn is empty: broker storage uses the AWS managed aws/kafka key.',
    missing: 'This MSK cluster sets no encryption_at_rest_kms_key_arn, so broker storage uses the AWS managed aws/kafka key.',
  },
  examples: {
    bad: 'resource "aws_msk_cluster" "main" {\n  cluster_name           = "events"\n  kafka_version          = "3.6.0"\n  number_of_broker_nodes = 3\n}\n',
    good: 'resource "aws_msk_cluster" "main" {\n  cluster_name           = "events"\n  kafka_version          = "3.6.0"\n  number_of_broker_nodes = 3\n  encryption_info {\n    encryption_at_rest_kms_key_arn = aws_kms_key.main.arn\n  }\n}\n',
  },
  check: customerKeyCheck(['aws_msk_cluster'], 'encryption_info.encryption_at_rest_kms_key_arn', { insecure: 'empty', missing: 'missing' }),
});

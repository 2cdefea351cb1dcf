import { defineRule } from '../api';
import { customerKeyCheck, customerKeyRule } from '../shared/aws-data';

export default defineRule({
  id: 'TF-058',
  title: 'Encrypt DMS replication instances with a customer-managed KMS key',
  ...customerKeyRule(),
  docs: {
    rationale:
      'A DMS replication instance stores the data it migrates, its logs and the endpoint connection details on its storage, encrypted with the AWS managed aws/dms key unless kms_key_arn names another. That key\'s policy cannot be changed; the data is still encrypted, which is why this is only in the strict preset.',
    remediation: 'Set kms_key_arn to a customer-managed KMS key (the replication instance is replaced).',
    links: [
      { title: 'aws_dms_replication_instance', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dms_replication_instance#kms_key_arn' },
      { title: 'Setting an encryption key for AWS DMS', url: 'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Security.html#CHAP_Security.EncryptionKey' },
    ],
  },
  messages: {
    empty: 'kms_key_arn is empty: the replication instance uses the AWS managed aws/dms key.',
    missing: 'This replication instance sets no kms_key_arn, so its storage uses the AWS managed aws/dms key.',
  },
  examples: {
    bad: 'resource "aws_dms_replication_instance" "main" {\n  replication_instance_id    = "migrate"\n  replication_instance_class = "dms.t3.medium"\n}\n',
    good: 'resource "aws_dms_replication_instance" "main" {\n  replication_instance_id    = "migrate"\n  replication_instance_class = "dms.t3.medium"\n  kms_key_arn = aws_kms_key.main.arn\n}\n',
  },
  check: customerKeyCheck(['aws_dms_replication_instance'], 'kms_key_arn', { insecure: 'empty', missing: 'missing' }),
});

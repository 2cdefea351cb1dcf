import { defineRule } from '../api';
import { customerKeyCheck, customerKeyRule } from '../shared/aws-data';

export default defineRule({
  id: 'TF-056',
  title: 'Encrypt DocumentDB elastic clusters with a customer-managed KMS key',
  ...customerKeyRule(),
  docs: {
    rationale:
      'DocumentDB elastic clusters are always encrypted, with a key AWS manages unless kms_key_id names one of yours, whose use you cannot restrict with a key policy nor revoke. That is why this is only in the strict preset.',
    remediation: 'Set kms_key_id to a customer-managed KMS key (the cluster is replaced).',
    links: [
      { title: 'aws_docdbelastic_cluster', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/docdbelastic_cluster#kms_key_id' },
      { title: 'Data protection in DocumentDB elastic clusters', url: 'https://docs.aws.amazon.com/documentdb/latest/developerguide/elastic-data-protection.html' },
    ],
  },
  messages: {
    empty: 'kms_key_id is empty: the elastic cluster uses a key managed by AWS.',
    missing: 'This elastic cluster sets no kms_key_id, so it is encrypted with a key you do not control.',
  },
  examples: {
    bad: 'resource "aws_docdbelastic_cluster" "main" {\n  name           = "docs"\n  admin_user_name = "admin"\n  auth_type      = "SECRET_ARN"\n}\n',
    good: 'resource "aws_docdbelastic_cluster" "main" {\n  name           = "docs"\n  admin_user_name = "admin"\n  auth_type      = "SECRET_ARN"\n  kms_key_id = aws_kms_key.main.arn\n}\n',
  },
  check: customerKeyCheck(['aws_docdbelastic_cluster'], 'kms_key_id', { insecure: 'empty', missing: 'missing' }),
});

import { asString, defineRule } from '../api';
import { customerKeyRule } from '../shared/aws-data';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-063',
  title: 'Encrypt Keyspaces tables with a customer-managed KMS key',
  ...customerKeyRule(),
  docs: {
    rationale:
      'Amazon Keyspaces always encrypts tables; without encryption_specification { type = "CUSTOMER_MANAGED_KMS_KEY" } ' +
      'it uses an AWS-owned key that does not appear in your account, so its use cannot be audited in CloudTrail, ' +
      'restricted by a key policy or revoked. That is why this is only in the strict preset.',
    remediation: 'Add encryption_specification { type = "CUSTOMER_MANAGED_KMS_KEY", kms_key_identifier = <key ARN> }.',
    links: [
      { title: 'aws_keyspaces_table', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/keyspaces_table#encryption_specification' },
      { title: 'Encryption at rest in Amazon Keyspaces', url: 'https://docs.aws.amazon.com/keyspaces/latest/devguide/EncryptionAtRest.html' },
    ],
  },
  messages: {
    awsOwned: 'encryption_specification type "{{value}}": this table is encrypted with an AWS-owned key.',
    missing: 'This table has no encryption_specification, so it is encrypted with an AWS-owned key you cannot audit or revoke.',
  },
  examples: {
    bad: 'resource "aws_keyspaces_table" "orders" {\n  keyspace_name = "shop"\n  table_name    = "orders"\n}\n',
    good:
      'resource "aws_keyspaces_table" "orders" {\n  keyspace_name = "shop"\n  table_name    = "orders"\n\n  encryption_specification {\n' +
      '    type               = "CUSTOMER_MANAGED_KMS_KEY"\n    kms_key_identifier = aws_kms_key.keyspaces.arn\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_keyspaces_table'],
    path: 'encryption_specification.type',
    compliant: (value) => {
      const type = asString(value);
      return type === undefined ? undefined : type === 'CUSTOMER_MANAGED_KMS_KEY';
    },
    data: (value) => ({ value: asString(value) ?? '' }),
    absent: 'insecure',
    messages: { insecure: 'awsOwned', missing: 'missing' },
  }),
});

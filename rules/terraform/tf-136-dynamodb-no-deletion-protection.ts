import { defineRule } from '../api';
import { awsDoc, recoveryRule } from '../shared/aws-operations';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-136',
  title: 'Turn on deletion protection for DynamoDB tables',
  ...recoveryRule({ severity: 'low', preset: 'strict' }),
  docs: {
    rationale:
      'deletion_protection_enabled is false by default: a mistaken plan or a compromised pipeline deletes the table, ' +
      'and with it its point-in-time recovery window. With protection on, DeleteTable fails until the flag is cleared.',
    remediation: 'Set deletion_protection_enabled = true (in place).',
    links: [
      awsDoc('dynamodb_table', 'deletion_protection_enabled'),
      { title: 'Using deletion protection in DynamoDB', url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.Basics.html#WorkingWithTables.Basics.DeletionProtection' },
    ],
  },
  messages: {
    disabled: 'deletion_protection_enabled = false: one API call deletes this table.',
    missing: 'This table can be deleted without first clearing a protection flag (deletion_protection_enabled defaults to false).',
  },
  examples: {
    bad: 'resource "aws_dynamodb_table" "orders" {\n  name     = "orders"\n  hash_key = "id"\n}\n',
    good: 'resource "aws_dynamodb_table" "orders" {\n  name                        = "orders"\n  hash_key                    = "id"\n  deletion_protection_enabled = true\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_dynamodb_table'],
    ...mustBeTrue('deletion_protection_enabled'),
    absent: 'insecure',
    messages: { insecure: 'disabled', missing: 'missing' },
  }),
});

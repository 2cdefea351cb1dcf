import { defineRule } from '../api';
import { awsDoc, recoveryRule } from '../shared/aws-operations';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-135',
  title: 'Turn on point-in-time recovery for DynamoDB tables',
  ...recoveryRule(),
  docs: {
    rationale:
      'A DynamoDB table has no continuous backups unless point_in_time_recovery { enabled = true } (off by default): ' +
      'items overwritten or deleted by a bug, a bad deployment or an attacker cannot be restored to the second before.',
    remediation: 'Add point_in_time_recovery { enabled = true } to the table.',
    links: [
      awsDoc('dynamodb_table', 'point_in_time_recovery'),
      { title: 'Point-in-time recovery for DynamoDB', url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery_Howitworks.html' },
    ],
  },
  messages: {
    disabled: 'point_in_time_recovery is disabled: changes to this table cannot be rolled back.',
    missing: 'This table has no point-in-time recovery (it is off unless enabled).',
  },
  examples: {
    bad: 'resource "aws_dynamodb_table" "orders" {\n  name         = "orders"\n  billing_mode = "PAY_PER_REQUEST"\n  hash_key     = "id"\n}\n',
    good:
      'resource "aws_dynamodb_table" "orders" {\n  name         = "orders"\n  billing_mode = "PAY_PER_REQUEST"\n  hash_key     = "id"\n\n' +
      '  point_in_time_recovery {\n    enabled = true\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_dynamodb_table'],
    // A suggestion: continuous backups are billed by table size.
    ...mustBeTrue('point_in_time_recovery.enabled', { title: 'Enable point-in-time recovery' }),
    absent: 'insecure',
    messages: { insecure: 'disabled', missing: 'missing' },
  }),
});

import rule from '../../../rules/terraform/tf-405-guardduty-feature-disabled';
import { ruleTester } from '../../helpers/rule-tester';

const feature = (status: string) => `resource "aws_guardduty_detector_feature" "s3" {\n  detector_id = aws_guardduty_detector.main.id\n  name        = "S3_DATA_EVENTS"\n  status      = ${status}\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'enabled', code: feature('"ENABLED"') },
    { name: 'not known', code: feature('var.status') },
    { name: 'status missing is a plan error', code: 'resource "aws_guardduty_detector_feature" "s3" {\n  name = "S3_DATA_EVENTS"\n}\n' },
  ],
  bad: [
    {
      name: 'disabled',
      code: feature('"DISABLED"'),
      findings: [{ messageId: 'disabled', line: 4, column: 17, endColumn: 27, suggestions: [{ title: 'Enable the feature', output: feature('"ENABLED"') }] }],
    },
    {
      name: 'disabled from a variable default',
      code: feature('var.status'),
      files: { 'variables.tf': 'variable "status" {\n  default = "DISABLED"\n}\n' },
      findings: [{ messageId: 'disabled', line: 4, column: 17, endColumn: 27, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_guardduty_detector_feature": {\n      "eks": { "name": "EKS_AUDIT_LOGS", "status": "DISABLED" }\n    }\n  }\n}\n',
      findings: [{ messageId: 'disabled', line: 4, column: 52, endColumn: 62 }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-409-cloudtrail-no-s3-data-events';
import { ruleTester } from '../../helpers/rule-tester';

const trail = (body = '', name = 'main') => `resource "aws_cloudtrail" "${name}" {\n  name           = "${name}"\n  s3_bucket_name = "trail-logs"\n${body}}\n`;
const selector = (type: string) => `\n  event_selector {\n    read_write_type = "All"\n\n    data_resource {\n      type   = ${type}\n      values = ["arn:aws:s3"]\n    }\n  }\n`;
const advanced = (types: string) => `\n  advanced_event_selector {\n    field_selector {\n      field  = "eventCategory"\n      equals = ["Data"]\n    }\n    field_selector {\n      field  = "resources.type"\n      equals = ${types}\n    }\n  }\n`;

ruleTester(rule, {
  good: [
    { name: 'basic event selector', code: trail(selector('"AWS::S3::Object"')) },
    { name: 'advanced event selector', code: trail(advanced('["AWS::S3::Object"]')) },
    { name: 'another trail of the module records them', code: trail(), files: { 'data.tf': trail(selector('"AWS::S3::Object"'), 'data') } },
    { name: 'data resource type not known', code: trail(selector('var.type')) },
    { name: 'selectors from a dynamic block with an unknown for_each', code: trail('  dynamic "event_selector" {\n    for_each = var.selectors\n    content {\n      read_write_type = "All"\n    }\n  }\n') },
    { name: 'trail not created', code: trail('  count = 0\n') },
  ],
  bad: [
    { name: 'management events only', code: trail(), findings: [{ messageId: 'noDataEvents', line: 1, column: 1, endColumn: 33 }] },
    { name: 'Lambda data events only', code: trail(selector('"AWS::Lambda::Function"')), findings: [{ messageId: 'noDataEvents', line: 1, column: 1 }] },
    { name: 'advanced selector for DynamoDB', code: trail(advanced('["AWS::DynamoDB::Table"]')), findings: [{ messageId: 'noDataEvents', line: 1, column: 1 }] },
    { name: 'one finding for a trail with for_each', code: trail('  for_each = toset(["a", "b"])\n'), findings: [{ messageId: 'noDataEvents', line: 1, column: 1 }] },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_cloudtrail": {\n      "main": { "name": "main", "s3_bucket_name": "logs" }\n    }\n  }\n}\n',
      findings: [{ messageId: 'noDataEvents', line: 4, column: 7, endColumn: 13 }],
    },
  ],
});

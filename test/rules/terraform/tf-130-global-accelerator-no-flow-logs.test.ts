import rule from '../../../rules/terraform/tf-130-global-accelerator-no-flow-logs';
import { ruleTester } from '../../helpers/rule-tester';

const accelerator = (body: string) => `resource "aws_globalaccelerator_accelerator" "main" {\n  name = "main"\n${body}}\n`;
const attributes = (value: string) => `\n  attributes {\n    flow_logs_enabled   = ${value}\n    flow_logs_s3_bucket = "logs"\n  }\n`;

ruleTester(rule, {
  good: [
    { name: 'flow logs on', code: accelerator(attributes('true')) },
    { name: 'from a variable without a value', code: accelerator(attributes('var.flow_logs')), files: { 'variables.tf': 'variable "flow_logs" {}\n' } },
    { name: 'attributes from a dynamic block with an unknown for_each', code: accelerator('  dynamic "attributes" {\n    for_each = var.logs\n    content {\n      flow_logs_enabled = true\n    }\n  }\n') },
  ],
  bad: [
    { name: 'no attributes block', code: accelerator(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 52 }] },
    { name: 'flow logs off', code: accelerator(attributes('false')), findings: [{ messageId: 'disabled', line: 5, column: 27, endColumn: 32 }] },
    { name: 'attributes without flow_logs_enabled', code: accelerator('\n  attributes {\n    flow_logs_s3_bucket = "logs"\n  }\n'), findings: [{ messageId: 'missing', line: 4, column: 3, endColumn: 13 }] },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_globalaccelerator_accelerator": {\n      "main": { "name": "main", "attributes": { "flow_logs_enabled": false } }\n    }\n  }\n}\n',
      findings: [{ messageId: 'disabled', line: 4, column: 70, endColumn: 75 }],
    },
  ],
});

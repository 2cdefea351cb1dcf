import rule from '../../../rules/terraform/tf-123-ecr-registry-scanning-basic';
import { ruleTester } from '../../helpers/rule-tester';

const config = (body: string) => `resource "aws_ecr_registry_scanning_configuration" "main" {\n${body}}\n`;
const rule_ = (frequency: string) => `\n  rule {\n    scan_frequency = ${frequency}\n    repository_filter {\n      filter      = "*"\n      filter_type = "WILDCARD"\n    }\n  }\n`;

ruleTester(rule, {
  good: [
    { name: 'enhanced and continuous', code: config(`  scan_type = "ENHANCED"\n${rule_('"CONTINUOUS_SCAN"')}`) },
    { name: 'one of the rules continuous', code: config(`  scan_type = "ENHANCED"\n${rule_('"SCAN_ON_PUSH"')}${rule_('"CONTINUOUS_SCAN"')}`) },
    { name: 'scan type not known', code: config('  scan_type = var.type\n') },
    { name: 'frequency not known', code: config(`  scan_type = "ENHANCED"\n${rule_('var.frequency')}`) },
    { name: 'rules from a dynamic block with an unknown for_each', code: config('  scan_type = "ENHANCED"\n  dynamic "rule" {\n    for_each = var.rules\n    content {\n      scan_frequency = rule.value\n    }\n  }\n') },
  ],
  bad: [
    {
      name: 'basic scanning',
      code: config(`  scan_type = "BASIC"\n${rule_('"SCAN_ON_PUSH"')}`),
      findings: [{ messageId: 'basic', line: 2, column: 15, endColumn: 22 }],
    },
    { name: 'enhanced, scan on push only', code: config(`  scan_type = "ENHANCED"\n${rule_('"SCAN_ON_PUSH"')}`), findings: [{ messageId: 'notContinuous', line: 1, column: 1, endColumn: 58 }] },
    { name: 'enhanced without rules', code: config('  scan_type = "ENHANCED"\n'), findings: [{ messageId: 'notContinuous', line: 1, column: 1 }] },
    {
      name: 'basic from a variable default',
      code: config('  scan_type = var.type\n'),
      files: { 'variables.tf': 'variable "type" {\n  default = "BASIC"\n}\n' },
      findings: [{ messageId: 'basic', line: 2, column: 15, endColumn: 23, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_ecr_registry_scanning_configuration": {\n      "main": { "scan_type": "BASIC" }\n    }\n  }\n}\n',
      findings: [{ messageId: 'basic', line: 4, column: 30, endColumn: 37 }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-124-guardduty-detector-suspended';
import { ruleTester } from '../../helpers/rule-tester';

const detector = (body: string) => `resource "aws_guardduty_detector" "main" {\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'enable absent: the detector is enabled', code: detector('') },
    { name: 'enabled', code: detector('  enable = true\n') },
    { name: 'from a variable without a value', code: detector('  enable = var.enabled\n'), files: { 'variables.tf': 'variable "enabled" {}\n' } },
    { name: 'count = 0', code: detector('  count  = 0\n  enable = false\n') },
    { name: 'JSON syntax, enabled', filename: 'main.tf.json', code: '{\n  "resource": {\n    "aws_guardduty_detector": {\n      "main": { "enable": true }\n    }\n  }\n}\n' },
  ],
  bad: [
    {
      name: 'enable = false',
      code: detector('  enable = false\n'),
      findings: [{ messageId: 'suspended', line: 2, column: 12, endColumn: 17, suggestions: [{ title: 'Enable the detector', output: detector('  enable = true\n') }] }],
    },
    {
      name: 'false from a variable default',
      code: detector('  enable = var.enabled\n'),
      files: { 'variables.tf': 'variable "enabled" {\n  default = false\n}\n' },
      findings: [{ messageId: 'suspended', line: 2, column: 12, endColumn: 23, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    { name: 'counted detectors', code: detector('  count  = var.regions\n  enable = "false"\n'), findings: [{ messageId: 'suspended', line: 3, column: 12, endColumn: 19 }] },
    {
      name: 'JSON syntax, false',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_guardduty_detector": {\n      "main": { "enable": false }\n    }\n  }\n}\n',
      findings: [{ messageId: 'suspended', line: 4, column: 27, endColumn: 32 }],
    },
  ],
});

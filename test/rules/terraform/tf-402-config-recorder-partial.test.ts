import rule from '../../../rules/terraform/tf-402-config-recorder-partial';
import { ruleTester } from '../../helpers/rule-tester';

const recorder = (group: string) => `resource "aws_config_configuration_recorder" "main" {\n  role_arn = aws_iam_role.config.arn\n${group}}\n`;
const group = (inner: string) => `\n  recording_group {\n${inner}  }\n`;

ruleTester(rule, {
  good: [
    { name: 'no recording_group: all supported types', code: recorder('') },
    { name: 'all supported', code: recorder(group('    all_supported = true\n')) },
    {
      name: 'exclusion strategy',
      code: recorder(group('    all_supported = false\n\n    exclusion_by_resource_types {\n      resource_types = ["AWS::EC2::Instance"]\n    }\n\n    recording_strategy {\n      use_only = "EXCLUSION_BY_RESOURCE_TYPES"\n    }\n')),
    },
    { name: 'strategy not known', code: recorder(group('    all_supported = false\n\n    recording_strategy {\n      use_only = var.strategy\n    }\n')) },
    { name: 'not known', code: recorder(group('    all_supported = var.all\n')) },
  ],
  bad: [
    { name: 'listed types only', code: recorder(group('    all_supported  = false\n    resource_types = ["AWS::EC2::Instance"]\n')), findings: [{ messageId: 'partial', line: 5, column: 22, endColumn: 27 }] },
    {
      name: 'inclusion strategy',
      code: recorder(group('    all_supported = false\n\n    recording_strategy {\n      use_only = "INCLUSION_BY_RESOURCE_TYPES"\n    }\n')),
      findings: [{ messageId: 'partial', line: 5, column: 21, endColumn: 26 }],
    },
    {
      name: 'from a variable default',
      code: recorder(group('    all_supported = var.all\n')),
      files: { 'variables.tf': 'variable "all" {\n  default = false\n}\n' },
      findings: [{ messageId: 'partial', line: 5, column: 21, endColumn: 28, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_config_configuration_recorder": {\n      "main": { "recording_group": { "all_supported": false } }\n    }\n  }\n}\n',
      findings: [{ messageId: 'partial', line: 4, column: 55, endColumn: 60 }],
    },
  ],
});

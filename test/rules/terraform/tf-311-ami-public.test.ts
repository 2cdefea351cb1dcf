import rule from '../../../rules/terraform/tf-311-ami-public';
import { ruleTester } from '../../helpers/rule-tester';

const permission = (body: string) => `resource "aws_ami_launch_permission" "share" {\n  image_id = aws_ami.app.id\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'one account', code: permission('  account_id = "123456789012"\n') },
    { name: 'an organization', code: permission('  organization_arn = aws_organizations_organization.main.arn\n') },
    { name: 'group from a variable without a value', code: permission('  group = var.group\n'), files: { 'variables.tf': 'variable "group" {}\n' } },
    { name: 'count = 0', code: permission('  count = 0\n  group = "all"\n') },
    { name: 'JSON syntax, one account', filename: 'main.tf.json', code: '{\n  "resource": {\n    "aws_ami_launch_permission": {\n      "share": { "account_id": "123456789012" }\n    }\n  }\n}\n' },
  ],
  bad: [
    { name: 'group all', code: permission('  group    = "all"\n'), findings: [{ messageId: 'public', line: 3, column: 14, endColumn: 19, suggestions: [] }] },
    {
      name: 'from tfvars',
      code: permission('  group    = var.group\n'),
      files: { 'variables.tf': 'variable "group" {\n  default = null\n}\n', 'terraform.tfvars': 'group = "all"\n' },
      findings: [{ messageId: 'public', line: 3, column: 14, endColumn: 23, related: ['terraform.tfvars:1:9'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_ami_launch_permission": {\n      "share": { "group": "all" }\n    }\n  }\n}\n',
      findings: [{ messageId: 'public', line: 4, column: 27, endColumn: 32 }],
    },
  ],
});

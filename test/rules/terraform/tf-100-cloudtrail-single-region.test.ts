import rule from '../../../rules/terraform/tf-100-cloudtrail-single-region';
import { ruleTester } from '../../helpers/rule-tester';

const trail = (body: string) => `resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = "audit-logs"\n${body}}\n`;
const title = 'Set is_multi_region_trail = true';

ruleTester(rule, {
  good: [
    { name: 'multi-region trail', code: trail('  is_multi_region_trail = true\n') },
    { name: 'multi-region organization trail', code: trail('  is_multi_region_trail = true\n  is_organization_trail = true\n') },
    { name: 'written as a string', code: trail('  is_multi_region_trail = "true"\n') },
    { name: 'not known before apply', code: trail('  is_multi_region_trail = var.multi_region\n'), files: { 'variables.tf': 'variable "multi_region" {}\n' } },
    { name: 'true from tfvars', code: trail('  is_multi_region_trail = var.multi_region\n'), files: { 'variables.tf': 'variable "multi_region" {\n  default = false\n}\n', 'terraform.tfvars': 'multi_region = true\n' } },
    { name: 'count = 0', code: trail('  count = 0\n') },
    { name: 'override file', filename: 'trail_override.tf', code: trail('') },
    { name: 'JSON syntax, multi-region', filename: 'main.tf.json', code: '{"resource": {"aws_cloudtrail": {"main": {"name": "main", "is_multi_region_trail": true}}}}\n' },
  ],
  bad: [
    {
      name: 'is_multi_region_trail absent',
      code: trail(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 33, suggestions: [{ title, output: trail('  is_multi_region_trail = true\n') }] }],
    },
    {
      name: 'is_multi_region_trail = false',
      code: trail('  is_multi_region_trail = false\n'),
      findings: [{ messageId: 'singleRegion', line: 4, column: 27, endColumn: 32, suggestions: [{ title, output: trail('  is_multi_region_trail = true\n') }] }],
    },
    {
      name: 'false from a variable default: reported at the use, no edit of the default',
      code: trail('  is_multi_region_trail = var.multi_region\n'),
      files: { 'variables.tf': 'variable "multi_region" {\n  type    = bool\n  default = false\n}\n' },
      findings: [{ messageId: 'singleRegion', line: 4, column: 27, endColumn: 43, related: ['variables.tf:3:13'], suggestions: [] }],
    },
    {
      name: 'for_each over a known map: the single-region element',
      code: trail('  for_each              = { a = true, b = false }\n  is_multi_region_trail = each.value\n'),
      findings: [{ messageId: 'singleRegion', line: 5, column: 27, endColumn: 37, related: [':4:43'] }],
    },
    {
      name: 'JSON syntax, absent',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_cloudtrail": {\n      "main": {\n        "name": "main"\n      }\n    }\n  }\n}\n',
      findings: [{
        messageId: 'missing', line: 4, column: 7, endColumn: 13,
        suggestions: [{ output: '{\n  "resource": {\n    "aws_cloudtrail": {\n      "main": {\n        "name": "main",\n        "is_multi_region_trail": true\n      }\n    }\n  }\n}\n' }],
      }],
    },
  ],
});

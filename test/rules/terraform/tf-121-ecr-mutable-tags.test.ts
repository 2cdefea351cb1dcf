import rule from '../../../rules/terraform/tf-121-ecr-mutable-tags';
import { ruleTester } from '../../helpers/rule-tester';

const repo = (body: string) => `resource "aws_ecr_repository" "app" {\n  name = "app"\n${body}}\n`;
const title = 'Set image_tag_mutability = "IMMUTABLE"';

ruleTester(rule, {
  good: [
    { name: 'immutable', code: repo('  image_tag_mutability = "IMMUTABLE"\n') },
    { name: 'immutable with exclusions', code: repo('  image_tag_mutability = "IMMUTABLE_WITH_EXCLUSION"\n') },
    { name: 'from a variable without a value', code: repo('  image_tag_mutability = var.mutability\n'), files: { 'variables.tf': 'variable "mutability" {}\n' } },
    { name: 'count = 0', code: repo('  count = 0\n') },
    { name: 'override file', filename: 'ecr_override.tf', code: repo('') },
    { name: 'JSON syntax, immutable', filename: 'main.tf.json', code: '{\n  "resource": {\n    "aws_ecr_repository": {\n      "app": { "name": "app", "image_tag_mutability": "IMMUTABLE" }\n    }\n  }\n}\n' },
  ],
  bad: [
    {
      name: 'absent',
      code: repo(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 36, suggestions: [{ title, output: repo('  image_tag_mutability = "IMMUTABLE"\n') }] }],
    },
    {
      name: 'MUTABLE',
      code: repo('  image_tag_mutability = "MUTABLE"\n'),
      findings: [{ messageId: 'mutable', line: 3, column: 26, endColumn: 35, suggestions: [{ title, output: repo('  image_tag_mutability = "IMMUTABLE"\n') }] }],
    },
    { name: 'mutable with exclusions', code: repo('  image_tag_mutability = "MUTABLE_WITH_EXCLUSION"\n'), findings: [{ messageId: 'mutable', line: 3, column: 26 }] },
    {
      name: 'MUTABLE from a variable default: no edit of the default',
      code: repo('  image_tag_mutability = var.mutability\n'),
      files: { 'variables.tf': 'variable "mutability" {\n  default = "MUTABLE"\n}\n' },
      findings: [{ messageId: 'mutable', line: 3, column: 26, endColumn: 40, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'for_each: the mutable element',
      code: repo('  for_each             = { a = "IMMUTABLE", b = "MUTABLE" }\n  image_tag_mutability = each.value\n'),
      findings: [{ messageId: 'mutable', line: 4, column: 26, endColumn: 36 }],
    },
    {
      name: 'JSON syntax, absent',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_ecr_repository": {\n      "app": {\n        "name": "app"\n      }\n    }\n  }\n}\n',
      findings: [{ messageId: 'missing', line: 4, column: 7, endColumn: 12 }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-122-ecr-no-scan-on-push';
import { ruleTester } from '../../helpers/rule-tester';

const repo = (body: string) => `resource "aws_ecr_repository" "app" {\n  name = "app"\n${body}}\n`;
const scanning = (value: string) => `\n  image_scanning_configuration {\n    scan_on_push = ${value}\n  }\n`;
const registry = 'resource "aws_ecr_registry_scanning_configuration" "main" {\n  scan_type = "ENHANCED"\n}\n';

ruleTester(rule, {
  good: [
    { name: 'scan on push', code: repo(scanning('true')) },
    { name: 'scan on push from a variable without a value', code: repo(scanning('var.scan')), files: { 'variables.tf': 'variable "scan" {}\n' } },
    { name: 'registry scanning configuration in the module', code: repo(''), files: { 'ecr.tf': registry } },
    { name: 'registry scanning configuration overrides false', code: repo(scanning('false')), files: { 'ecr.tf': registry } },
    { name: 'dynamic block with an unknown for_each', code: repo('  dynamic "image_scanning_configuration" {\n    for_each = var.scan\n    content {\n      scan_on_push = false\n    }\n  }\n') },
    { name: 'count = 0', code: repo('  count = 0\n') },
    { name: 'JSON syntax, scanned', filename: 'main.tf.json', code: '{\n  "resource": {\n    "aws_ecr_repository": {\n      "app": { "name": "app", "image_scanning_configuration": { "scan_on_push": true } }\n    }\n  }\n}\n' },
  ],
  bad: [
    {
      name: 'no scanning block: the fix adds it',
      code: repo(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 36, output: repo('  image_scanning_configuration {\n    scan_on_push = true\n  }\n') }],
    },
    {
      name: 'scan_on_push = false',
      code: repo(scanning('false')),
      findings: [{ messageId: 'disabled', line: 5, column: 20, endColumn: 25, output: repo(scanning('true')) }],
    },
    {
      name: 'block without scan_on_push',
      code: repo('\n  image_scanning_configuration {\n  }\n'),
      findings: [{ messageId: 'missing', line: 4, column: 3, endColumn: 31, output: repo('\n  image_scanning_configuration {\n    scan_on_push = true\n  }\n') }],
    },
    {
      name: 'false from tfvars',
      code: repo(scanning('var.scan')),
      files: { 'variables.tf': 'variable "scan" {\n  default = true\n}\n', 'terraform.tfvars': 'scan = false\n' },
      findings: [{ messageId: 'disabled', line: 5, column: 20, endColumn: 28, related: ['terraform.tfvars:1:8'] }],
    },
    {
      name: 'dynamic block with a known for_each',
      code: repo('  dynamic "image_scanning_configuration" {\n    for_each = [1]\n    content {\n      scan_on_push = false\n    }\n  }\n'),
      findings: [{ messageId: 'disabled', line: 6, column: 22, endColumn: 27, output: repo('  dynamic "image_scanning_configuration" {\n    for_each = [1]\n    content {\n      scan_on_push = true\n    }\n  }\n') }],
    },
    {
      name: 'JSON syntax, false',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_ecr_repository": {\n      "app": { "name": "app", "image_scanning_configuration": { "scan_on_push": false } }\n    }\n  }\n}\n',
      findings: [{ messageId: 'disabled', line: 4, column: 81, endColumn: 86, output: '{\n  "resource": {\n    "aws_ecr_repository": {\n      "app": { "name": "app", "image_scanning_configuration": { "scan_on_push": true } }\n    }\n  }\n}\n' }],
    },
  ],
});

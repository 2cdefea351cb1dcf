import rule from '../../../rules/terraform/tf-321-ec2-imdsv1-allowed';
import { ruleTester } from '../../helpers/rule-tester';

const instance = (body: string) => `resource "aws_instance" "app" {\n  ami           = "ami-0123456789abcdef0"\n  instance_type = "t3.micro"\n${body}}\n`;
const options = (body: string) => `\n  metadata_options {\n${body}  }\n`;
const title = 'Require IMDSv2 (http_tokens = "required")';

ruleTester(rule, {
  good: [
    { name: 'IMDSv2 required', code: instance(options('    http_tokens = "required"\n')) },
    { name: 'endpoint disabled', code: instance(options('    http_endpoint = "disabled"\n')) },
    { name: 'endpoint disabled with optional tokens', code: instance(options('    http_endpoint = "disabled"\n    http_tokens   = "optional"\n')) },
    { name: 'region default set to required', code: instance(''), files: { 'defaults.tf': 'resource "aws_ec2_instance_metadata_defaults" "this" {\n  http_tokens = "required"\n}\n' } },
    { name: 'instance from a launch template', code: instance('\n  launch_template {\n    id = aws_launch_template.app.id\n  }\n') },
    { name: 'tokens from a variable without a value', code: instance(options('    http_tokens = var.tokens\n')), files: { 'variables.tf': 'variable "tokens" {}\n' } },
    { name: 'launch template requiring IMDSv2', code: `resource "aws_launch_template" "app" {\n  name_prefix = "app-"\n${options('    http_tokens = "required"\n')}}\n` },
    { name: 'dynamic options over an unknown collection', code: instance('  dynamic "metadata_options" {\n    for_each = var.options\n    content {\n      http_tokens = "optional"\n    }\n  }\n') },
    { name: 'Amazon Linux 2023 image from a data source', code: 'resource "aws_instance" "app" {\n  ami           = data.aws_ami.al2023.id\n  instance_type = "t3.micro"\n}\n' },
    { name: 'launch template on the Amazon Linux 2023 SSM parameter', code: 'resource "aws_launch_template" "app" {\n  image_id = "resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"\n}\n' },
    { name: 'count = 0', code: instance('  count = 0\n') },
    {
      name: 'JSON syntax, required',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_instance": {\n      "app": { "ami": "ami-1", "metadata_options": { "http_tokens": "required" } }\n    }\n  }\n}\n',
    },
  ],
  bad: [
    {
      name: 'no metadata options',
      code: instance(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 30, suggestions: [{ title, output: instance('  metadata_options {\n    http_tokens = "required"\n  }\n') }] }],
    },
    {
      name: 'optional tokens',
      code: instance(options('    http_tokens = "optional"\n')),
      findings: [{ messageId: 'optional', line: 6, column: 19, endColumn: 29, suggestions: [{ title, output: instance(options('    http_tokens = "required"\n')) }] }],
    },
    {
      name: 'options without tokens',
      code: instance(options('    http_put_response_hop_limit = 1\n')),
      findings: [{ messageId: 'missing', line: 5, column: 3, endColumn: 19 }],
    },
    {
      name: 'region default set to optional',
      code: instance(''),
      files: { 'defaults.tf': 'resource "aws_ec2_instance_metadata_defaults" "this" {\n  http_tokens = "optional"\n}\n' },
      findings: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'launch template',
      code: 'resource "aws_launch_template" "app" {\n  name_prefix = "app-"\n}\n',
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 37 }],
    },
    {
      name: 'launch configuration with optional tokens from a variable default',
      code: `resource "aws_launch_configuration" "app" {\n  image_id = "ami-1"\n${options('    http_tokens = var.tokens\n')}}\n`,
      files: { 'variables.tf': 'variable "tokens" {\n  default = "optional"\n}\n' },
      findings: [{ messageId: 'optional', line: 5, column: 19, endColumn: 29, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'JSON syntax, absent',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_instance": {\n      "app": { "ami": "ami-1" }\n    }\n  }\n}\n',
      findings: [{ messageId: 'missing', line: 4, column: 7, endColumn: 12 }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-307-ec2-public-ip';
import { ruleTester } from '../../helpers/rule-tester';

const instance = (body: string) => `resource "aws_instance" "app" {\n  ami           = "ami-0123456789abcdef0"\n  instance_type = "t3.micro"\n${body}}\n`;
const template = (body: string) => `resource "aws_launch_template" "app" {\n  name_prefix = "app-"\n\n  network_interfaces {\n${body}  }\n}\n`;
const replaces = 'Set associate_public_ip_address = false (the provider replaces the resource)';

ruleTester(rule, {
  good: [
    { name: 'absent: the subnet decides', code: instance('') },
    { name: 'false', code: instance('  associate_public_ip_address = false\n') },
    { name: 'from a variable without a value', code: instance('  associate_public_ip_address = var.public\n'), files: { 'variables.tf': 'variable "public" {}\n' } },
    { name: 'launch template interface without the argument', code: template('    security_groups = [aws_security_group.app.id]\n') },
    { name: 'launch template without interfaces', code: 'resource "aws_launch_template" "app" {\n  name_prefix = "app-"\n}\n' },
    { name: 'launch template interface set to "false"', code: template('    associate_public_ip_address = "false"\n') },
    { name: 'count = 0', code: instance('  count                       = 0\n  associate_public_ip_address = true\n') },
    { name: 'JSON syntax, false', filename: 'main.tf.json', code: '{\n  "resource": {\n    "aws_instance": {\n      "app": { "associate_public_ip_address": false }\n    }\n  }\n}\n' },
  ],
  bad: [
    {
      name: 'instance with a public IP',
      code: instance('  associate_public_ip_address = true\n'),
      findings: [{ messageId: 'public', line: 4, column: 33, endColumn: 37, suggestions: [{ title: replaces, output: instance('  associate_public_ip_address = false\n') }] }],
    },
    {
      name: 'launch template interface with a public IP',
      code: template('    associate_public_ip_address = true\n'),
      findings: [{ messageId: 'public', line: 5, column: 35, endColumn: 39, suggestions: [{ title: 'Set associate_public_ip_address = false', output: template('    associate_public_ip_address = false\n') }] }],
    },
    { name: 'launch template interface set to "true"', code: template('    associate_public_ip_address = "true"\n'), findings: [{ messageId: 'public', line: 5, column: 35, endColumn: 41 }] },
    {
      name: 'launch configuration',
      code: 'resource "aws_launch_configuration" "app" {\n  image_id                    = "ami-0123456789abcdef0"\n  instance_type               = "t3.micro"\n  associate_public_ip_address = true\n}\n',
      findings: [{ messageId: 'public', line: 4, column: 33, endColumn: 37 }],
    },
    {
      name: 'true from tfvars: at the use',
      code: instance('  associate_public_ip_address = var.public\n'),
      files: { 'variables.tf': 'variable "public" {\n  default = false\n}\n', 'terraform.tfvars': 'public = true\n' },
      findings: [{ messageId: 'public', line: 4, column: 33, endColumn: 43, related: ['terraform.tfvars:1:10'], suggestions: [] }],
    },
    {
      name: 'dynamic interfaces over a known local',
      code: template('').replace('  network_interfaces {\n  }\n', '  dynamic "network_interfaces" {\n    for_each = local.nics\n    content {\n      associate_public_ip_address = network_interfaces.value\n    }\n  }\n'),
      files: { 'locals.tf': 'locals {\n  nics = [true]\n}\n' },
      findings: [{ messageId: 'public', line: 7, column: 37, endColumn: 61 }],
    },
    {
      name: 'JSON syntax, true',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_instance": {\n      "app": { "associate_public_ip_address": true }\n    }\n  }\n}\n',
      findings: [{ messageId: 'public', line: 4, column: 47, endColumn: 51 }],
    },
  ],
});

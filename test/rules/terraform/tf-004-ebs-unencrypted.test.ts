import rule from '../../../rules/terraform/tf-004-ebs-unencrypted';
import { ruleTester } from '../../helpers/rule-tester';

const volume = (extra: string) => `resource "aws_ebs_volume" "data" {\n  availability_zone = "eu-west-1a"\n  size              = 100\n${extra}}\n`;
const byDefault = (body: string) => `resource "aws_ebs_encryption_by_default" "this" {${body}}\n\n`;
const instance = (devices: string) =>
  `resource "aws_instance" "app" {\n  ami           = data.aws_ami.al2023.id\n  instance_type = "t3.micro"\n${devices}}\n`;

const encryptedVariable = 'variable "encrypted" {\n  type    = bool\n  default = false\n}\n';
const dynamicDevices =
  '\n  dynamic "ebs_block_device" {\n    for_each = local.devices\n    content {\n      device_name = ebs_block_device.value.name\n' +
  '      encrypted   = ebs_block_device.value.encrypted\n    }\n  }\n';
const devicesLocal = (first: string, second: string) =>
  `locals {\n  devices = [{ name = "/dev/sdf", encrypted = ${first} }, { name = "/dev/sdg", encrypted = ${second} }]\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'override file: encrypted may be set on the original block', filename: 'override.tf', code: volume('') },
    { name: 'encrypted volume', code: volume('  encrypted         = true\n') },
    { name: 'encrypted volume with a customer-managed key', code: volume('  encrypted         = true\n  kms_key_id        = aws_kms_key.ebs.arn\n') },
    { name: 'encrypted written as a string', code: volume('  encrypted         = "true"\n') },
    { name: 'encrypted from a variable', code: volume('  encrypted         = var.encrypted\n') },
    { name: 'restored from a snapshot', code: volume('  snapshot_id       = "snap-0123456789abcdef0"\n') },
    { name: 'encryption by default in the same file', code: byDefault('\n  enabled = true\n') + volume('') },
    { name: 'encryption by default, enabled left to its default', code: byDefault('') + volume('  encrypted = false\n') },
    { name: 'encryption by default from a variable', code: byDefault('\n  enabled = var.ebs_default_encryption\n') + volume('') },
    { name: 'count = 0', code: volume('  count             = 0\n') },
    { name: 'instance without block device blocks', code: instance('') },
    { name: 'instance with encrypted devices', code: instance('\n  root_block_device {\n    volume_size = 30\n    encrypted   = true\n  }\n\n  ebs_block_device {\n    device_name = "/dev/sdf"\n    encrypted   = true\n  }\n') },
    { name: 'ebs_block_device from a snapshot', code: instance('\n  ebs_block_device {\n    device_name = "/dev/sdf"\n    snapshot_id = aws_ebs_snapshot.seed.id\n  }\n') },
    {
      name: 'dynamic block devices have unknown contents',
      code: instance('\n  dynamic "ebs_block_device" {\n    for_each = var.disks\n    content {\n      device_name = ebs_block_device.value.name\n    }\n  }\n'),
    },
    {
      name: 'launch template with encrypted ebs (string value)',
      code: 'resource "aws_launch_template" "nodes" {\n  name_prefix = "nodes-"\n\n  block_device_mappings {\n    device_name = "/dev/xvda"\n\n    ebs {\n      volume_size = 50\n      encrypted   = "true"\n    }\n  }\n}\n',
    },
    {
      name: 'launch template mapping that suppresses a device',
      code: 'resource "aws_launch_template" "nodes" {\n  block_device_mappings {\n    device_name = "/dev/sdb"\n    no_device   = "1"\n    ebs {}\n  }\n}\n',
    },
    {
      name: 'JSON syntax, encrypted',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_ebs_volume": {\n      "data": { "availability_zone": "eu-west-1a", "size": 100, "encrypted": true }\n    }\n  }\n}\n',
    },
    { name: 'encryption by default in another file of the module', code: volume(''), files: { 'account.tf': byDefault('') } },
    {
      name: 'variable default overridden to true in terraform.tfvars',
      code: volume('  encrypted         = var.encrypted\n'),
      files: { 'variables.tf': encryptedVariable, 'terraform.tfvars': 'encrypted = true\n' },
    },
    { name: 'dynamic block devices from a local list, all encrypted', code: instance(dynamicDevices), files: { 'locals.tf': devicesLocal('true', 'true') } },
  ],
  bad: [
    {
      name: 'explicit false in an override file',
      filename: 'volumes_override.tf',
      code: volume('  encrypted         = false\n'),
      findings: [{ messageId: 'disabled', line: 4, column: 23, endColumn: 28 }],
    },
    {
      name: 'encrypted = false',
      code: volume('  encrypted         = false\n'),
      findings: [{ messageId: 'disabled', line: 4, column: 23, endLine: 4, endColumn: 28, suggestions: [{ title: 'Set encrypted = true', output: volume('  encrypted         = true\n') }] }],
    },
    {
      name: 'encrypted absent',
      code: volume(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 33, suggestions: [{ output: volume('  encrypted = true\n') }] }],
    },
    {
      name: 'encryption by default switched off',
      code: byDefault('\n  enabled = false\n') + volume(''),
      findings: [{ messageId: 'missing', line: 5, column: 1, endColumn: 33 }],
    },
    {
      name: 'one-line volume block',
      code: 'resource "aws_ebs_volume" "scratch" { size = 10 }\n',
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 36, suggestions: [{ output: 'resource "aws_ebs_volume" "scratch" {\n  size = 10\n  encrypted = true\n}\n' }] }],
    },
    {
      name: 'empty one-line root_block_device',
      code: instance('  root_block_device {}\n'),
      findings: [{ messageId: 'missing', line: 4, column: 3, endColumn: 20, suggestions: [{ output: instance('  root_block_device {\n    encrypted = true\n  }\n') }] }],
    },
    {
      name: 'instance devices: root absent, ebs false',
      code: instance('\n  root_block_device {\n    volume_size = 30\n  }\n\n  ebs_block_device {\n    device_name = "/dev/sdf"\n    volume_size = 200\n    encrypted   = false\n  }\n'),
      findings: [
        { messageId: 'missing', line: 5, column: 3, endColumn: 20, suggestions: [{ output: instance('\n  root_block_device {\n    volume_size = 30\n    encrypted = true\n  }\n\n  ebs_block_device {\n    device_name = "/dev/sdf"\n    volume_size = 200\n    encrypted   = false\n  }\n') }] },
        { messageId: 'disabled', line: 12, column: 19, endColumn: 24 },
      ],
    },
    {
      name: 'counted instance',
      code: instance('  count = var.replicas\n\n  root_block_device {\n    encrypted = false\n  }\n'),
      findings: [{ messageId: 'disabled', line: 7, column: 17, endColumn: 22 }],
    },
    {
      name: 'launch template ebs without encrypted',
      code: 'resource "aws_launch_template" "nodes" {\n  name_prefix = "nodes-"\n\n  block_device_mappings {\n    device_name = "/dev/xvdb"\n\n    ebs {\n      volume_size = 50\n      volume_type = "gp3"\n    }\n  }\n}\n',
      findings: [{ messageId: 'missing', line: 7, column: 5, endColumn: 8, suggestions: [{ output: 'resource "aws_launch_template" "nodes" {\n  name_prefix = "nodes-"\n\n  block_device_mappings {\n    device_name = "/dev/xvdb"\n\n    ebs {\n      volume_size = 50\n      volume_type = "gp3"\n      encrypted = true\n    }\n  }\n}\n' }] }],
    },
    {
      name: 'launch template ebs with encrypted = "false"',
      code: 'resource "aws_launch_template" "nodes" {\n  block_device_mappings {\n    device_name = "/dev/xvda"\n    ebs {\n      encrypted = "false"\n    }\n  }\n}\n',
      findings: [{ messageId: 'disabled', line: 5, column: 19, endColumn: 26, suggestions: [{ output: 'resource "aws_launch_template" "nodes" {\n  block_device_mappings {\n    device_name = "/dev/xvda"\n    ebs {\n      encrypted = true\n    }\n  }\n}\n' }] }],
    },
    {
      name: 'launch configuration root device',
      code: 'resource "aws_launch_configuration" "legacy" {\n  image_id      = "ami-0123456789abcdef0"\n  instance_type = "t3.micro"\n\n  root_block_device {\n    volume_size = 20\n  }\n}\n',
      findings: [{ messageId: 'missing', line: 5, column: 3, endColumn: 20 }],
    },
    {
      name: 'JSON syntax, encrypted absent',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_ebs_volume": {\n      "data": {\n        "availability_zone": "eu-west-1a",\n        "size": 100\n      }\n    }\n  }\n}\n',
      findings: [{
        messageId: 'missing', line: 4, column: 7, endLine: 4, endColumn: 13,
        suggestions: [{ output: '{\n  "resource": {\n    "aws_ebs_volume": {\n      "data": {\n        "availability_zone": "eu-west-1a",\n        "size": 100,\n        "encrypted": true\n      }\n    }\n  }\n}\n' }],
      }],
    },
    {
      name: 'JSON syntax, encrypted false',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_ebs_volume": {\n      "data": { "size": 100, "encrypted": false }\n    }\n  }\n}\n',
      findings: [{ messageId: 'disabled', line: 4, column: 43, endColumn: 48, suggestions: [{ output: '{\n  "resource": {\n    "aws_ebs_volume": {\n      "data": { "size": 100, "encrypted": true }\n    }\n  }\n}\n' }] }],
    },
      {
      name: 'encrypted = false from a variable default in variables.tf: no edit of the default',
      code: volume('  encrypted         = var.encrypted\n'),
      files: { 'variables.tf': encryptedVariable },
      findings: [{ messageId: 'disabled', line: 4, column: 23, endColumn: 36, related: ['variables.tf:3:13'], suggestions: [] }],
    },
    {
      name: 'encryption by default switched off by a variable in another file',
      code: volume(''),
      files: { 'account.tf': byDefault('\n  enabled = var.ebs_default\n'), 'variables.tf': 'variable "ebs_default" {\n  default = false\n}\n' },
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 33 }],
    },
    {
      name: 'dynamic block devices from a local list: reported inside content',
      code: instance(dynamicDevices),
      files: { 'locals.tf': devicesLocal('true', 'false') },
      findings: [{ messageId: 'disabled', line: 9, column: 21, endColumn: 53, related: ['locals.tf:2:88'], suggestions: [] }],
    },
    {
      name: 'for_each over a known map: the unencrypted element',
      code: volume('  for_each          = { logs = true, scratch = false }\n  encrypted         = each.value\n'),
      findings: [{ messageId: 'disabled', line: 5, column: 23, endColumn: 33, related: [':4:48'] }],
    },
  ],
});

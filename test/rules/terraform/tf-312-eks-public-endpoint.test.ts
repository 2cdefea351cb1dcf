import rule from '../../../rules/terraform/tf-312-eks-public-endpoint';
import { ruleTester } from '../../helpers/rule-tester';

const cluster = (config: string) => `resource "aws_eks_cluster" "main" {\n  name     = "main"\n  role_arn = aws_iam_role.cluster.arn\n\n  vpc_config {\n    subnet_ids = var.subnet_ids\n${config}  }\n}\n`;
const title = 'Set endpoint_public_access = false';

ruleTester(rule, {
  good: [
    { name: 'private endpoint only', code: cluster('    endpoint_private_access = true\n    endpoint_public_access  = false\n') },
    { name: 'public endpoint for trusted CIDRs', code: cluster('    public_access_cidrs = ["203.0.113.0/24"]\n') },
    { name: 'CIDRs from a variable without a value', code: cluster('    public_access_cidrs = var.cidrs\n'), files: { 'variables.tf': 'variable "cidrs" {}\n' } },
    { name: 'public flag from a variable without a value', code: cluster('    endpoint_public_access = var.public\n'), files: { 'variables.tf': 'variable "public" {}\n' } },
    { name: 'public flag false from tfvars', code: cluster('    endpoint_public_access = var.public\n'), files: { 'variables.tf': 'variable "public" {\n  default = true\n}\n', 'terraform.tfvars': 'public = false\n' } },
    { name: 'dynamic vpc_config over an unknown collection', code: 'resource "aws_eks_cluster" "main" {\n  dynamic "vpc_config" {\n    for_each = var.configs\n    content {\n      subnet_ids = vpc_config.value\n    }\n  }\n}\n' },
    { name: 'count = 0', code: cluster('').replace('  name     = "main"\n', '  name     = "main"\n  count    = 0\n') },
    {
      name: 'JSON syntax, private',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_eks_cluster": {\n      "main": { "vpc_config": { "endpoint_public_access": false } }\n    }\n  }\n}\n',
    },
  ],
  bad: [
    {
      name: 'defaults: public to every address',
      code: cluster(''),
      findings: [{ messageId: 'openToAll', line: 5, column: 3, endColumn: 13, suggestions: [{ title, output: cluster('    endpoint_public_access = false\n') }] }],
    },
    {
      name: 'public endpoint set true, no CIDRs',
      code: cluster('    endpoint_public_access = true\n'),
      findings: [{ messageId: 'openToAll', line: 7, column: 30, endColumn: 34, suggestions: [{ title, output: cluster('    endpoint_public_access = false\n') }] }],
    },
    { name: 'empty CIDR list', code: cluster('    public_access_cidrs = []\n'), findings: [{ messageId: 'openToAll', line: 5, column: 3 }] },
    {
      name: 'world CIDR',
      code: cluster('    endpoint_public_access = true\n    public_access_cidrs    = ["0.0.0.0/0"]\n'),
      findings: [{ messageId: 'worldCidr', line: 8, column: 31, endColumn: 42, suggestions: [] }],
    },
    {
      name: 'world CIDR from a variable default',
      code: cluster('    public_access_cidrs = var.cidrs\n'),
      files: { 'variables.tf': 'variable "cidrs" {\n  default = ["0.0.0.0/0"]\n}\n' },
      findings: [{ messageId: 'worldCidr', line: 7, column: 27, endColumn: 36, related: ['variables.tf:2:14'] }],
    },
    {
      name: 'JSON syntax, defaults',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_eks_cluster": {\n      "main": { "vpc_config": { "subnet_ids": ["subnet-1"] } }\n    }\n  }\n}\n',
      findings: [{ messageId: 'openToAll', line: 4 }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-400-eks-node-group-al2';
import { ruleTester } from '../../helpers/rule-tester';

const group = (body: string) => `resource "aws_eks_node_group" "default" {\n  cluster_name = aws_eks_cluster.main.name\n${body}}\n`;
const title = 'Use the Amazon Linux 2023 AMI type (the provider replaces the resource)';

ruleTester(rule, {
  good: [
    { name: 'AL2023', code: group('  ami_type = "AL2023_x86_64_STANDARD"\n') },
    { name: 'Bottlerocket', code: group('  ami_type = "BOTTLEROCKET_ARM_64"\n') },
    { name: 'ami_type absent', code: group('') },
    { name: 'custom launch template AMI', code: group('  ami_type = "CUSTOM"\n') },
    { name: 'not known', code: group('  ami_type = var.ami_type\n'), files: { 'variables.tf': 'variable "ami_type" {}\n' } },
  ],
  bad: [
    {
      name: 'AL2 x86',
      code: group('  ami_type = "AL2_x86_64"\n'),
      findings: [{ messageId: 'al2', line: 3, column: 14, endColumn: 26, suggestions: [{ title, output: group('  ami_type = "AL2023_x86_64_STANDARD"\n') }] }],
    },
    { name: 'AL2 GPU', code: group('  ami_type = "AL2_x86_64_GPU"\n'), findings: [{ messageId: 'al2', line: 3, column: 14, suggestions: [{ output: group('  ami_type = "AL2023_x86_64_NVIDIA"\n') }] }] },
    {
      name: 'AL2 ARM from a variable default',
      code: group('  ami_type = var.ami_type\n'),
      files: { 'variables.tf': 'variable "ami_type" {\n  default = "AL2_ARM_64"\n}\n' },
      findings: [{ messageId: 'al2', line: 3, column: 14, endColumn: 26, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_eks_node_group": {\n      "default": { "ami_type": "AL2_ARM_64" }\n    }\n  }\n}\n',
      findings: [{ messageId: 'al2', line: 4, column: 32, endColumn: 44 }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-313-eks-node-group-ssh-open';
import { ruleTester } from '../../helpers/rule-tester';

const group = (access: string) => `resource "aws_eks_node_group" "workers" {\n  cluster_name = aws_eks_cluster.main.name\n\n  remote_access {\n${access}  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'no remote access', code: 'resource "aws_eks_node_group" "workers" {\n  cluster_name = aws_eks_cluster.main.name\n}\n' },
    { name: 'key with source security groups', code: group('    ec2_ssh_key               = "ops"\n    source_security_group_ids = [aws_security_group.bastion.id]\n') },
    { name: 'key from a variable without a value', code: group('    ec2_ssh_key = var.key\n'), files: { 'variables.tf': 'variable "key" {}\n' } },
    { name: 'key null from a variable default', code: group('    ec2_ssh_key = var.key\n'), files: { 'variables.tf': 'variable "key" {\n  default = null\n}\n' } },
    { name: 'sources from a variable without a value', code: group('    ec2_ssh_key               = "ops"\n    source_security_group_ids = var.sources\n'), files: { 'variables.tf': 'variable "sources" {}\n' } },
    { name: 'count = 0', code: group('    ec2_ssh_key = "ops"\n').replace('  cluster_name', '  count        = 0\n  cluster_name') },
  ],
  bad: [
    { name: 'key without sources', code: group('    ec2_ssh_key = "ops"\n'), findings: [{ messageId: 'sshOpen', line: 5, column: 19, endColumn: 24 }] },
    { name: 'empty sources', code: group('    ec2_ssh_key               = "ops"\n    source_security_group_ids = []\n'), findings: [{ messageId: 'sshOpen', line: 5, column: 33, endColumn: 38 }] },
    {
      name: 'key from a variable default',
      code: group('    ec2_ssh_key = var.key\n'),
      files: { 'variables.tf': 'variable "key" {\n  default = "ops"\n}\n' },
      findings: [{ messageId: 'sshOpen', line: 5, column: 19, endColumn: 26, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_eks_node_group": {\n      "workers": { "remote_access": { "ec2_ssh_key": "ops" } }\n    }\n  }\n}\n',
      findings: [{ messageId: 'sshOpen', line: 4, column: 54, endColumn: 59 }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-404-eks-log-group-not-declared';
import { ruleTester } from '../../helpers/rule-tester';

const cluster = (types: string, name = '"main"') => `resource "aws_eks_cluster" "main" {\n  name                      = ${name}\n  enabled_cluster_log_types = ${types}\n}\n`;
const group = (name: string) => `resource "aws_cloudwatch_log_group" "eks" {\n  name              = ${name}\n  retention_in_days = 365\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'log group declared', code: `${cluster('["audit"]')}\n${group('"/aws/eks/main/cluster"')}` },
    { name: 'log group declared in another file, name from a variable', code: cluster('["audit"]', 'var.name'), files: { 'logs.tf': group('"/aws/eks/${var.name}/cluster"'), 'variables.tf': 'variable "name" {\n  default = "main"\n}\n' } },
    { name: 'a log group whose name is not known', code: cluster('["audit"]'), files: { 'logs.tf': group('"/aws/eks/${aws_eks_cluster.main.name}/cluster"') } },
    { name: 'no control-plane logs', code: cluster('[]') },
    { name: 'cluster name not known', code: cluster('["audit"]', 'var.name') },
    { name: 'log types not known', code: cluster('var.log_types') },
  ],
  bad: [
    { name: 'no log group', code: cluster('["api", "audit"]'), findings: [{ messageId: 'undeclared', line: 3, column: 31, endColumn: 47 }] },
    { name: 'a log group for another cluster', code: `${cluster('["audit"]')}\n${group('"/aws/eks/other/cluster"')}`, findings: [{ messageId: 'undeclared', line: 3, column: 31 }] },
    {
      name: 'log types from a variable default',
      code: cluster('var.log_types'),
      files: { 'variables.tf': 'variable "log_types" {\n  default = ["audit"]\n}\n' },
      findings: [{ messageId: 'undeclared', line: 3, column: 31, endColumn: 44, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_eks_cluster": {\n      "main": { "name": "main", "enabled_cluster_log_types": ["audit"] }\n    }\n  }\n}\n',
      findings: [{ messageId: 'undeclared', line: 4, column: 62, endColumn: 71 }],
    },
  ],
});

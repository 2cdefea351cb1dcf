import rule from '../../../rules/terraform/tf-107-eks-control-plane-logs';
import { ruleTester } from '../../helpers/rule-tester';

const cluster = (body: string) => `resource "aws_eks_cluster" "main" {\n  name = "main"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'api, audit and authenticator', code: cluster('  enabled_cluster_log_types = ["api", "audit", "authenticator"]\n') },
    { name: 'all five types', code: cluster('  enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]\n') },
    { name: 'list not known before apply', code: cluster('  enabled_cluster_log_types = var.log_types\n'), files: { 'variables.tf': 'variable "log_types" {}\n' } },
    { name: 'an unknown element could be the missing type', code: cluster('  enabled_cluster_log_types = ["api", "audit", var.third]\n') },
    { name: 'full list from a variable default', code: cluster('  enabled_cluster_log_types = var.log_types\n'), files: { 'variables.tf': 'variable "log_types" {\n  default = ["audit", "api", "authenticator"]\n}\n' } },
    { name: 'JSON syntax, complete', filename: 'main.tf.json', code: '{"resource": {"aws_eks_cluster": {"main": {"enabled_cluster_log_types": ["api", "audit", "authenticator"]}}}}\n' },
  ],
  bad: [
    { name: 'no log types', code: cluster(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 34 }] },
    {
      name: 'audit only',
      code: cluster('  enabled_cluster_log_types = ["audit"]\n'),
      findings: [{ messageId: 'incomplete', line: 3, column: 31, endColumn: 40 }],
    },
    {
      name: 'empty list',
      code: cluster('  enabled_cluster_log_types = []\n'),
      findings: [{ messageId: 'incomplete', line: 3, column: 31, endColumn: 33 }],
    },
    {
      name: 'list from a variable default without audit',
      code: cluster('  enabled_cluster_log_types = var.log_types\n'),
      files: { 'variables.tf': 'variable "log_types" {\n  default = ["api", "authenticator"]\n}\n' },
      findings: [{ messageId: 'incomplete', line: 3, column: 31, endColumn: 44, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'JSON syntax, api only',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_eks_cluster": {"main": {"enabled_cluster_log_types": ["api"]}}}}\n',
      findings: [{ messageId: 'incomplete', line: 1, column: 73, endColumn: 80 }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-215-gke-public-nodes';
import { ruleTester } from '../../helpers/rule-tester';

const cluster = (body: string) => `resource "google_container_cluster" "main" {\n  name = "main"\n${body}}\n`;
const privateNodes = (value: string) => `  private_cluster_config {\n    enable_private_nodes = ${value}\n  }\n`;
const title = 'Set enable_private_nodes = true (the provider replaces the resource)';

ruleTester(rule, {
  good: [
    { name: 'private nodes', code: cluster(privateNodes('true')) },
    { name: 'not known before apply', code: cluster(privateNodes('var.private')) },
    { name: 'enabled through tfvars', code: cluster(privateNodes('var.private')), files: { 'variables.tf': 'variable "private" {\n  default = false\n}\n', 'terraform.tfvars': 'private = true\n' } },
    { name: 'cluster-wide default', code: cluster('  default_enable_private_nodes = true\n') },
    { name: 'generated block not known before apply', code: cluster('  dynamic "private_cluster_config" {\n    for_each = var.configs\n    content {\n      enable_private_nodes = true\n    }\n  }\n') },
    { name: 'count = 0', code: cluster('  count = 0\n') },
    { name: 'override file', filename: 'cluster_override.tf', code: cluster('') },
    { name: 'JSON syntax, private', filename: 'main.tf.json', code: '{"resource": {"google_container_cluster": {"main": {"private_cluster_config": {"enable_private_nodes": true}}}}}\n' },
  ],
  bad: [
    {
      name: 'no private_cluster_config',
      code: cluster(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 43, suggestions: [{ title, output: cluster(privateNodes('true')) }] }],
    },
    { name: 'private nodes off', code: cluster(privateNodes('false')), findings: [{ messageId: 'disabled', line: 4, column: 28, endColumn: 33, suggestions: [{ title, output: cluster(privateNodes('true')) }] }] },
    {
      name: 'block without the flag',
      code: cluster('  private_cluster_config {\n    master_ipv4_cidr_block = "172.16.0.0/28"\n  }\n'),
      findings: [{ messageId: 'missing', line: 3, column: 3, endColumn: 25 }],
    },
    {
      name: 'off in a generated block from a variable default',
      code: cluster('  dynamic "private_cluster_config" {\n    for_each = var.private ? [1] : [1]\n    content {\n      enable_private_nodes = var.private\n    }\n  }\n'),
      files: { 'variables.tf': 'variable "private" {\n  default = false\n}\n' },
      findings: [{ messageId: 'disabled', line: 6, column: 30, endColumn: 41, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'JSON syntax, no block',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "google_container_cluster": {\n      "main": {\n        "name": "main"\n      }\n    }\n  }\n}\n',
      findings: [{ messageId: 'missing', line: 4, column: 7, endColumn: 13 }],
    },
  ],
});

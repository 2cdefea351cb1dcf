import rule from '../../../rules/terraform/tf-216-gke-control-plane-open';
import { ruleTester } from '../../helpers/rule-tester';

const cluster = (body: string) => `resource "google_container_cluster" "main" {\n  name = "main"\n${body}}\n`;
const networks = (cidr: string, extra = '') => `  master_authorized_networks_config {\n${extra}    cidr_blocks {\n      cidr_block = ${cidr}\n    }\n  }\n`;

ruleTester(rule, {
  good: [
    { name: 'office range', code: cluster(networks('"203.0.113.0/24"')) },
    { name: 'no ranges: only private access', code: cluster('  master_authorized_networks_config {}\n') },
    { name: 'private endpoint', code: cluster('  private_cluster_config {\n    enable_private_nodes    = true\n    enable_private_endpoint = true\n  }\n') },
    { name: 'private endpoint not known before apply', code: cluster('  private_cluster_config {\n    enable_private_endpoint = var.private\n  }\n') },
    { name: 'IP endpoint disabled', code: cluster('  control_plane_endpoints_config {\n    ip_endpoints_config {\n      enabled = false\n    }\n  }\n') },
    { name: 'range not known before apply', code: cluster(networks('var.cidr')) },
    { name: 'generated block not known before apply', code: cluster('  dynamic "master_authorized_networks_config" {\n    for_each = var.networks\n    content {}\n  }\n') },
    { name: 'count = 0', code: cluster('  count = 0\n') },
    { name: 'override file', filename: 'cluster_override.tf', code: cluster('') },
    { name: 'JSON syntax, office range', filename: 'main.tf.json', code: '{"resource": {"google_container_cluster": {"main": {"master_authorized_networks_config": {"cidr_blocks": {"cidr_block": "203.0.113.0/24"}}}}}}\n' },
  ],
  bad: [
    { name: 'no authorized networks', code: cluster(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 43 }] },
    { name: 'public endpoint kept by a private cluster', code: cluster('  private_cluster_config {\n    enable_private_nodes    = true\n    enable_private_endpoint = false\n  }\n'), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 43 }] },
    { name: 'whole internet', code: cluster(networks('"0.0.0.0/0"')), findings: [{ messageId: 'world', line: 5, column: 20, endColumn: 31 }] },
    {
      name: 'Google Cloud ranges',
      code: cluster(networks('"203.0.113.0/24"', '    gcp_public_cidrs_access_enabled = true\n')),
      findings: [{ messageId: 'googleCidrs', line: 4, column: 39, endColumn: 43 }],
    },
    {
      name: 'whole internet from a variable default, in a generated block',
      code: cluster('  master_authorized_networks_config {\n    dynamic "cidr_blocks" {\n      for_each = var.networks\n      content {\n        cidr_block = cidr_blocks.value\n      }\n    }\n  }\n'),
      files: { 'variables.tf': 'variable "networks" {\n  default = ["0.0.0.0/0"]\n}\n' },
      findings: [{ messageId: 'world', line: 7, column: 22, endColumn: 39, related: ['variables.tf:2:14'] }],
    },
    {
      name: 'JSON syntax, no authorized networks',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "google_container_cluster": {\n      "main": {\n        "name": "main"\n      }\n    }\n  }\n}\n',
      findings: [{ messageId: 'missing', line: 4, column: 7, endColumn: 13 }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-251-gcp-firewall-world-open';
import { ruleTester } from '../../helpers/rule-tester';

const firewall = (body: string) =>
  `resource "google_compute_firewall" "fw" {\n  name    = "fw"\n  network = google_compute_network.vpc.name\n\n${body}}\n`;
const allow = (protocol: string, ports?: string) =>
  `  allow {\n    protocol = "${protocol}"\n${ports === undefined ? '' : `    ports    = ${ports}\n`}  }\n`;
const sources = (ranges: string) => `\n  source_ranges = ${ranges}\n`;

ruleTester(rule, {
  good: [
    { name: 'HTTPS from the internet', code: firewall(allow('tcp', '["80", "443"]') + sources('["0.0.0.0/0"]')) },
    { name: 'SSH is left to TF-003', code: firewall(allow('tcp', '["22"]') + sources('["0.0.0.0/0"]')) },
    { name: 'ICMP from the internet', code: firewall(allow('icmp') + sources('["0.0.0.0/0"]')) },
    { name: 'everything from an internal range', code: firewall(allow('all') + sources('["10.0.0.0/8"]')) },
    { name: 'MySQL from health checks', code: firewall(allow('tcp', '["3306"]') + sources('["130.211.0.0/22", "35.191.0.0/16"]')) },
    { name: 'egress rule', code: firewall('  direction = "EGRESS"\n' + allow('all') + '  destination_ranges = ["0.0.0.0/0"]\n') },
    { name: 'disabled rule', code: firewall('  disabled = true\n' + allow('all') + sources('["0.0.0.0/0"]')) },
    { name: 'deny rule', code: firewall('  deny {\n    protocol = "all"\n  }\n' + sources('["0.0.0.0/0"]')) },
    { name: 'ports not known before apply', code: firewall(allow('tcp', 'var.ports') + sources('["0.0.0.0/0"]')) },
    { name: 'sources not known before apply', code: firewall(allow('all') + sources('var.ranges')) },
    { name: 'empty source_ranges with source tags', code: firewall(allow('all') + sources('[]') + '  source_tags = ["web"]\n') },
    { name: 'dynamic allow not known before apply', code: firewall('  dynamic "allow" {\n    for_each = var.allow\n    content {\n      protocol = allow.value.protocol\n    }\n  }\n' + sources('["0.0.0.0/0"]')) },
    { name: 'override file', filename: 'fw_override.tf', code: firewall(allow('all') + sources('["0.0.0.0/0"]')) },
  ],
  bad: [
    { name: 'all protocols', code: firewall(allow('all') + sources('["0.0.0.0/0"]')), findings: [{ messageId: 'allOpen', line: 9, column: 20, endColumn: 31 }] },
    { name: 'TCP without ports', code: firewall(allow('tcp') + sources('["::/0"]')), findings: [{ messageId: 'allOpen', line: 9, column: 20, endColumn: 26 }] },
    { name: 'UDP 0-65535', code: firewall(allow('udp', '["0-65535"]') + sources('["0.0.0.0/0"]')), findings: [{ messageId: 'allOpen', line: 10, column: 20, endColumn: 31 }] },
    { name: 'PostgreSQL and Redis', code: firewall(allow('tcp', '["5432", "6379"]') + sources('["10.0.0.0/8", "0.0.0.0/0"]')), findings: [{ messageId: 'backendOpen', line: 10, column: 34, endColumn: 45 }] },
    { name: 'a range over database ports', code: firewall(allow('tcp', '["3000-4000"]') + sources('["0.0.0.0/0"]')), findings: [{ messageId: 'backendOpen', line: 10, column: 20, endColumn: 31 }] },
    { name: 'empty source_ranges and no other source', code: firewall(allow('all') + sources('[]')), findings: [{ messageId: 'allOpen', line: 9, column: 19, endColumn: 21 }] },
    {
      name: 'world range from a variable default',
      code: firewall(allow('all') + sources('var.ranges')),
      files: { 'variables.tf': 'variable "ranges" {\n  default = ["0.0.0.0/0"]\n}\n' },
      findings: [{ messageId: 'allOpen', line: 9, column: 19, endColumn: 29, related: ['variables.tf:2:14'] }],
    },
    {
      name: 'dynamic allow over a known list',
      code: firewall('  dynamic "allow" {\n    for_each = ["tcp", "udp"]\n    content {\n      protocol = allow.value\n    }\n  }\n' + sources('["0.0.0.0/0"]')),
      findings: [{ messageId: 'allOpen', line: 12, column: 20, endColumn: 31 }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "google_compute_firewall": {\n      "all": {\n        "name": "all",\n        "network": "default",\n        "allow": [{ "protocol": "all" }],\n        "source_ranges": ["0.0.0.0/0"]\n      }\n    }\n  }\n}\n',
      findings: [{ messageId: 'allOpen', line: 8, column: 27, endColumn: 38 }],
    },
  ],
});

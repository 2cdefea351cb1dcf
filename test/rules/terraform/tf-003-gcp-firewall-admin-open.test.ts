import rule from '../../../rules/terraform/tf-003-gcp-firewall-admin-open';
import { ruleTester } from '../../helpers/rule-tester';

const firewall = (body: string) =>
  `resource "google_compute_firewall" "admin" {\n  name    = "allow-admin"\n  network = google_compute_network.vpc.name\n\n${body}}\n`;
const allow = (protocol: string, ports?: string) =>
  `  allow {\n    protocol = "${protocol}"\n${ports === undefined ? '' : `    ports    = ${ports}\n`}  }\n`;
const sources = (ranges: string) => `\n  source_ranges = ${ranges}\n`;

const adminRanges = 'variable "admin_ranges" {\n  type    = list(string)\n  default = ["0.0.0.0/0"]\n}\n';
const dynamicAllow = '  dynamic "allow" {\n    for_each = local.allowed\n    content {\n      protocol = allow.value.protocol\n      ports    = allow.value.ports\n    }\n  }\n';

ruleTester(rule, {
  good: [
    { name: 'override file patching a firewall defined elsewhere', filename: 'firewall_override.tf', code: firewall(allow('tcp', '["22"]') + sources('["0.0.0.0/0"]')) },
    { name: 'SSH from the IAP range', code: firewall(allow('tcp', '["22"]') + sources('["35.235.240.0/20"]')) },
    { name: 'HTTPS from the internet', code: firewall(allow('tcp', '["80", "443"]') + sources('["0.0.0.0/0"]')) },
    { name: 'UDP from the internet', code: firewall(allow('udp', '["22"]') + sources('["0.0.0.0/0"]')) },
    { name: 'ICMP from the internet', code: firewall(allow('icmp') + sources('["0.0.0.0/0"]')) },
    { name: 'egress rule', code: firewall('  direction = "EGRESS"\n' + allow('tcp', '["22"]') + '  destination_ranges = ["0.0.0.0/0"]\n') },
    { name: 'disabled rule', code: firewall('  disabled = true\n' + allow('tcp', '["22"]') + sources('["0.0.0.0/0"]')) },
    { name: 'deny rule', code: firewall('  deny {\n    protocol = "tcp"\n    ports    = ["22"]\n  }\n' + sources('["0.0.0.0/0"]')) },
    { name: 'source ranges from a variable', code: firewall(allow('tcp', '["22"]') + sources('var.admin_ranges')) },
    { name: 'ports from a variable', code: firewall(allow('tcp', 'var.ports') + sources('["0.0.0.0/0"]')) },
    { name: 'direction from a variable', code: firewall('  direction = var.direction\n' + allow('tcp', '["22"]') + sources('["0.0.0.0/0"]')) },
    { name: 'source tags only', code: firewall(allow('tcp', '["22"]') + '  source_tags = ["bastion"]\n') },
    { name: 'empty source_ranges with source tags', code: firewall(allow('tcp', '["22"]') + sources('[]') + '  source_tags = ["bastion"]\n') },
    { name: 'empty source_ranges with computed service accounts', code: firewall(allow('tcp', '["22"]') + sources('[]') + '  source_service_accounts = var.accounts\n') },
    {
      name: 'dynamic allow has unknown contents',
      code: firewall('  dynamic "allow" {\n    for_each = var.allow\n    content {\n      protocol = allow.value.protocol\n      ports    = allow.value.ports\n    }\n  }\n' + sources('["0.0.0.0/0"]')),
    },
    { name: 'count = 0', code: firewall('  count = 0\n' + allow('tcp', '["22"]') + sources('["0.0.0.0/0"]')) },
    {
      name: 'JSON syntax, internal range',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "google_compute_firewall": {\n      "ssh": {\n        "name": "ssh",\n        "network": "default",\n        "allow": [{ "protocol": "tcp", "ports": ["22"] }],\n        "source_ranges": ["10.128.0.0/9"]\n      }\n    }\n  }\n}\n',
    },
    {
      name: 'source ranges overridden with the IAP range in terraform.tfvars',
      code: firewall(allow('tcp', '["22"]') + sources('var.admin_ranges')),
      files: { 'variables.tf': adminRanges, 'terraform.tfvars': 'admin_ranges = ["35.235.240.0/20"]\n' },
    },
    {
      name: 'dynamic allow from a local list without admin ports',
      code: firewall(dynamicAllow + sources('["0.0.0.0/0"]')),
      files: { 'locals.tf': 'locals {\n  allowed = [{ protocol = "tcp", ports = ["443"] }]\n}\n' },
    },
  ],
  bad: [
    {
      name: 'SSH from 0.0.0.0/0',
      code: firewall(allow('tcp', '["22"]') + sources('["0.0.0.0/0"]')),
      findings: [{ messageId: 'worldOpen', line: 10, column: 20, endLine: 10, endColumn: 31, suggestions: [] }],
    },
    {
      name: 'RDP in a range from ::/0 with explicit INGRESS',
      code: firewall('  direction = "INGRESS"\n' + allow('tcp', '["3000-4000"]') + sources('["10.0.0.0/8", "::/0"]')),
      findings: [{ messageId: 'worldOpen', line: 11, column: 34, endColumn: 40 }],
    },
    {
      name: 'protocol all opens every port',
      code: firewall(allow('all') + sources('["0.0.0.0/0"]')),
      findings: [{ messageId: 'worldOpen', line: 9, column: 20, endColumn: 31 }],
    },
    {
      name: 'tcp without ports opens every port',
      code: firewall(allow('tcp') + sources('["0.0.0.0/0"]')),
      findings: [{ messageId: 'worldOpen', line: 9, column: 20 }],
    },
    {
      name: 'numeric ports and a second allow block',
      code: firewall(allow('udp', '["53"]') + allow('6', '[22, 3389]') + sources('["0.0.0.0/0"]')),
      findings: [{ messageId: 'worldOpen', line: 14, column: 20 }],
    },
    {
      name: 'empty source_ranges means the whole internet',
      code: firewall(allow('tcp', '["22"]') + sources('[]')),
      findings: [{ messageId: 'emptySources', line: 10, column: 19, endColumn: 21 }],
    },
    {
      name: 'source tags do not narrow a world-open range',
      code: firewall(allow('tcp', '["22"]') + sources('["0.0.0.0/0"]') + '  source_tags   = ["bastion"]\n'),
      findings: [{ messageId: 'worldOpen', line: 10, column: 20 }],
    },
    {
      name: 'for_each firewall',
      code: firewall('  for_each = toset(var.networks)\n' + allow('tcp', '["22"]') + sources('["0.0.0.0/0"]')),
      findings: [{ messageId: 'worldOpen', line: 11, column: 20 }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "google_compute_firewall": {\n      "ssh": {\n        "name": "ssh",\n        "network": "default",\n        "allow": [{ "protocol": "tcp", "ports": ["22"] }],\n        "source_ranges": ["0.0.0.0/0"]\n      }\n    }\n  }\n}\n',
      findings: [{ messageId: 'worldOpen', line: 8, column: 27, endColumn: 38 }],
    },
      {
      name: 'source ranges from a variable default in variables.tf',
      code: firewall(allow('tcp', '["22"]') + sources('var.admin_ranges')),
      files: { 'variables.tf': adminRanges },
      findings: [{ messageId: 'worldOpen', line: 10, column: 19, endColumn: 35, related: ['variables.tf:3:14'] }],
    },
    {
      name: 'dynamic allow from a local list opening SSH',
      code: firewall(dynamicAllow + sources('["0.0.0.0/0"]')),
      files: { 'locals.tf': 'locals {\n  allowed = [{ protocol = "tcp", ports = ["443"] }, { protocol = "tcp", ports = ["22"] }]\n}\n' },
      findings: [{ messageId: 'worldOpen', line: 13, column: 20, endColumn: 31, related: [] }],
    },
    {
      name: 'for_each over a known map of ranges',
      code: firewall('  for_each = { iap = "35.235.240.0/20", world = "0.0.0.0/0" }\n' + allow('tcp', '["3389"]') + sources('[each.value]')),
      findings: [{ messageId: 'worldOpen', line: 11, column: 20, endColumn: 30, related: [':5:49'] }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-271-gcp-firewall-policy-rule-world-open';
import { ruleTester } from '../../helpers/rule-tester';

const policyRule = (match: string, head = '  action          = "allow"\n  direction       = "INGRESS"\n', type = 'google_compute_network_firewall_policy_rule') =>
  `resource "${type}" "r" {\n  firewall_policy = "main"\n  priority        = 1000\n${head}  match {\n${match}  }\n}\n`;
const l4 = (protocol: string, ports?: string) => `    layer4_configs {\n      ip_protocol = "${protocol}"\n${ports ? `      ports       = ${ports}\n` : ''}    }\n`;
const src = (ranges: string) => `    src_ip_ranges = ${ranges}\n`;

ruleTester(rule, {
  good: [
    { name: 'SSH from IAP', code: policyRule(src('["35.235.240.0/20"]') + l4('tcp', '["22"]')) },
    { name: 'HTTPS from the internet', code: policyRule(src('["0.0.0.0/0"]') + l4('tcp', '["443"]')) },
    { name: 'deny rule', code: policyRule(src('["0.0.0.0/0"]') + l4('all'), '  action          = "deny"\n  direction       = "INGRESS"\n') },
    { name: 'egress rule', code: policyRule('    dest_ip_ranges = ["0.0.0.0/0"]\n' + l4('all'), '  action          = "allow"\n  direction       = "EGRESS"\n') },
    { name: 'disabled', code: policyRule(src('["0.0.0.0/0"]') + l4('all'), '  action          = "allow"\n  direction       = "INGRESS"\n  disabled        = true\n') },
    { name: 'ranges not known before apply', code: policyRule(src('var.ranges') + l4('all')) },
  ],
  bad: [
    { name: 'SSH from anywhere', code: policyRule(src('["0.0.0.0/0"]') + l4('tcp', '["22"]')), findings: [{ messageId: 'servicesOpen', line: 7, column: 22, endColumn: 33 }] },
    { name: 'every protocol on a hierarchical policy', code: policyRule(src('["::/0"]') + l4('all'), undefined, 'google_compute_firewall_policy_rule'), findings: [{ messageId: 'allOpen', line: 7, column: 22, endColumn: 28 }] },
    { name: 'MySQL on a regional policy', code: policyRule(src('["0.0.0.0/0"]') + l4('tcp', '["3306"]'), undefined, 'google_compute_region_network_firewall_policy_rule'), findings: [{ messageId: 'servicesOpen', line: 7 }] },
    {
      name: 'world range from a variable default',
      code: policyRule(src('var.ranges') + l4('tcp')),
      files: { 'variables.tf': 'variable "ranges" {\n  default = ["0.0.0.0/0"]\n}\n' },
      findings: [{ messageId: 'allOpen', line: 7, column: 21, endColumn: 31, related: ['variables.tf:2:14'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"google_compute_network_firewall_policy_rule": {"r": {"firewall_policy": "p", "priority": 1, "action": "allow", "direction": "INGRESS", "match": {"src_ip_ranges": ["0.0.0.0/0"], "layer4_configs": [{"ip_protocol": "tcp", "ports": ["3389"]}]}}}}}\n',
      findings: [{ messageId: 'servicesOpen', line: 1 }],
    },
  ],
});

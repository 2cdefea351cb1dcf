import rule from '../../../rules/terraform/tf-212-gcp-instance-public-ip';
import { ruleTester } from '../../helpers/rule-tester';

const vm = (nic: string, type = 'google_compute_instance') => `resource "${type}" "vm" {\n  name = "vm"\n  network_interface {\n    subnetwork = "apps"\n${nic}  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'internal address only', code: vm('') },
    { name: 'access config from a dynamic block not known before apply', code: vm('    dynamic "access_config" {\n      for_each = var.public ? [1] : []\n      content {}\n    }\n') },
    { name: 'dynamic block over an empty list', code: vm('    dynamic "access_config" {\n      for_each = []\n      content {}\n    }\n') },
    { name: 'count = 0', code: 'resource "google_compute_instance" "vm" {\n  count = 0\n  network_interface {\n    access_config {}\n  }\n}\n' },
    { name: 'JSON syntax, internal only', filename: 'main.tf.json', code: '{"resource": {"google_compute_instance": {"vm": {"network_interface": {"subnetwork": "apps"}}}}}\n' },
  ],
  bad: [
    {
      name: 'empty access_config: an ephemeral external address',
      code: vm('    access_config {}\n'),
      findings: [{ messageId: 'external', line: 5, column: 5, endColumn: 18, suggestions: [{ title: 'Remove access_config', output: vm('') }] }],
    },
    {
      name: 'static external address on an instance template',
      code: vm('    access_config {\n      nat_ip = google_compute_address.vm.address\n    }\n', 'google_compute_instance_template'),
      findings: [{ messageId: 'external', line: 5, column: 5, endColumn: 18, suggestions: [{ output: vm('', 'google_compute_instance_template') }] }],
    },
    { name: 'external IPv6', code: vm('    ipv6_access_config {\n      network_tier = "PREMIUM"\n    }\n'), findings: [{ messageId: 'external', line: 5, column: 5, endColumn: 23 }] },
    {
      name: 'dynamic block over a known list: no edit',
      code: vm('    dynamic "access_config" {\n      for_each = [1]\n      content {}\n    }\n'),
      findings: [{ messageId: 'external', line: 7, column: 7, endColumn: 14, suggestions: [] }],
    },
    {
      name: 'JSON syntax: no edit',
      filename: 'main.tf.json',
      code: '{"resource": {"google_compute_instance": {"vm": {"network_interface": {"subnetwork": "apps", "access_config": {}}}}}}\n',
      findings: [{ messageId: 'external', line: 1, column: 94, endColumn: 109, suggestions: [] }],
    },
  ],
});

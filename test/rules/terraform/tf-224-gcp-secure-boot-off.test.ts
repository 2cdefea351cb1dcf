import rule from '../../../rules/terraform/tf-224-gcp-secure-boot-off';
import { ruleTester } from '../../helpers/rule-tester';

const vm = (body: string) => `resource "google_compute_instance" "vm" {\n  name = "vm"\n${body}}\n`;
const shielded = (value: string) => `  shielded_instance_config {\n    enable_secure_boot = ${value}\n  }\n`;
const title = 'Set enable_secure_boot = true (the provider replaces the resource)';

ruleTester(rule, {
  good: [
    { name: 'secure boot', code: vm(shielded('true')) },
    { name: 'not known before apply', code: vm(shielded('var.secure')) },
    { name: 'node pool with secure boot', code: 'resource "google_container_node_pool" "apps" {\n  node_config {\n    shielded_instance_config {\n      enable_secure_boot = true\n    }\n  }\n}\n' },
    { name: 'Autopilot cluster', code: 'resource "google_container_cluster" "main" {\n  enable_autopilot = true\n}\n' },
    { name: 'cluster whose default pool is removed', code: 'resource "google_container_cluster" "main" {\n  remove_default_node_pool = true\n}\n' },
    { name: 'count = 0', code: vm('  count = 0\n') },
    { name: 'JSON syntax, secure boot', filename: 'main.tf.json', code: '{"resource": {"google_compute_instance": {"vm": {"shielded_instance_config": {"enable_secure_boot": true}}}}}\n' },
  ],
  bad: [
    { name: 'VM without the block', code: vm(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 40, suggestions: [{ title, output: vm(shielded('true')) }] }] },
    { name: 'VM with secure boot off', code: vm(shielded('false')), findings: [{ messageId: 'disabled', line: 4, column: 26, endColumn: 31, suggestions: [{ title, output: vm(shielded('true')) }] }] },
    { name: 'node pool without node_config', code: 'resource "google_container_node_pool" "apps" {\n  cluster = "main"\n}\n', findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 45 }] },
    { name: 'cluster default pool', code: 'resource "google_container_cluster" "main" {\n  node_config {\n    machine_type = "e2-medium"\n  }\n}\n', findings: [{ messageId: 'missing', line: 2, column: 3, endColumn: 14 }] },
    {
      name: 'JSON syntax, VM without the block',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "google_compute_instance": {\n      "vm": {\n        "name": "vm"\n      }\n    }\n  }\n}\n',
      findings: [{ messageId: 'missing', line: 4, column: 7, endColumn: 11 }],
    },
  ],
});

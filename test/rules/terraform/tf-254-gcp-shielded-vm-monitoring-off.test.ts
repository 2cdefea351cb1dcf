import rule from '../../../rules/terraform/tf-254-gcp-shielded-vm-monitoring-off';
import { ruleTester } from '../../helpers/rule-tester';

const vm = (config: string, type = 'google_compute_instance') => `resource "${type}" "vm" {\n  name = "vm"\n  shielded_instance_config {\n${config}  }\n}\n`;
const pool = (config: string) => `resource "google_container_node_pool" "pool" {\n  name = "pool"\n  node_config {\n    shielded_instance_config {\n${config}    }\n  }\n}\n`;
const replaced = 'Set enable_vtpm = true (the provider replaces the resource)';

ruleTester(rule, {
  good: [
    { name: 'defaults', code: vm('    enable_secure_boot = true\n') },
    { name: 'no block', code: 'resource "google_compute_instance" "vm" {\n  name = "vm"\n}\n' },
    { name: 'both on', code: vm('    enable_vtpm                 = true\n    enable_integrity_monitoring = true\n') },
    { name: 'node pool defaults', code: pool('      enable_secure_boot = true\n') },
    { name: 'not known before apply', code: vm('    enable_vtpm = var.vtpm\n') },
  ],
  bad: [
    { name: 'vTPM off', code: vm('    enable_vtpm = false\n'), findings: [{ messageId: 'disabled', line: 4, column: 19, endColumn: 24, suggestions: [{ title: replaced, output: vm('    enable_vtpm = true\n') }] }] },
    { name: 'integrity monitoring off on a template', code: vm('    enable_integrity_monitoring = false\n', 'google_compute_instance_template'), findings: [{ messageId: 'disabled', line: 4, column: 35, endColumn: 40 }] },
    { name: 'node pool', code: pool('      enable_integrity_monitoring = false\n'), findings: [{ messageId: 'disabled', line: 5, column: 37, endColumn: 42 }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"google_compute_instance": {"vm": {"name": "vm", "shielded_instance_config": {"enable_vtpm": false}}}}}\n', findings: [{ messageId: 'disabled', line: 1 }] },
  ],
});

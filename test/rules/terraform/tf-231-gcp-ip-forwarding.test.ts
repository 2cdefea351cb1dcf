import rule from '../../../rules/terraform/tf-231-gcp-ip-forwarding';
import { ruleTester } from '../../helpers/rule-tester';

const vm = (body: string) => `resource "google_compute_instance" "vm" {\n  name = "vm"\n${body}}\n`;
const title = 'Set can_ip_forward = false (the provider replaces the resource)';

ruleTester(rule, {
  good: [
    { name: 'default', code: vm('') },
    { name: 'off', code: vm('  can_ip_forward = false\n') },
    { name: 'not known before apply', code: vm('  can_ip_forward = var.forward\n') },
    { name: 'JSON syntax, off', filename: 'main.tf.json', code: '{"resource": {"google_compute_instance": {"vm": {"can_ip_forward": false}}}}\n' },
  ],
  bad: [
    { name: 'on', code: vm('  can_ip_forward = true\n'), findings: [{ messageId: 'enabled', line: 3, column: 20, endColumn: 24, suggestions: [{ title, output: vm('  can_ip_forward = false\n') }] }] },
    {
      name: 'template, on through a variable default',
      code: 'resource "google_compute_instance_template" "t" {\n  can_ip_forward = var.forward\n}\n',
      files: { 'variables.tf': 'variable "forward" {\n  default = true\n}\n' },
      findings: [{ messageId: 'enabled', line: 2, column: 20, endColumn: 31, related: ['variables.tf:2:13'] }],
    },
    { name: 'JSON syntax, on', filename: 'main.tf.json', code: '{"resource": {"google_compute_instance": {"vm": {"can_ip_forward": true}}}}\n', findings: [{ messageId: 'enabled', line: 1, column: 68, endColumn: 72 }] },
  ],
});

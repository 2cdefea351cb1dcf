import rule from '../../../rules/terraform/tf-208-gcp-serial-port-enabled';
import { ruleTester } from '../../helpers/rule-tester';

const vm = (metadata: string, type = 'google_compute_instance') => `resource "${type}" "vm" {\n  name     = "vm"\n  metadata = {\n${metadata}  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'no serial port key', code: vm('    enable-oslogin = "TRUE"\n') },
    { name: 'explicitly off', code: vm('    serial-port-enable = "FALSE"\n') },
    { name: 'off as 0', code: vm('    "serial-port-enable" = 0\n') },
    { name: 'not known before apply', code: vm('    serial-port-enable = var.serial\n') },
    { name: 'metadata not known before apply', code: 'resource "google_compute_instance" "vm" {\n  metadata = var.metadata\n}\n' },
    { name: 'off through tfvars', code: vm('    serial-port-enable = var.serial\n'), files: { 'variables.tf': 'variable "serial" {\n  default = true\n}\n', 'terraform.tfvars': 'serial = false\n' } },
    { name: 'another project metadata item', code: 'resource "google_compute_project_metadata_item" "os" {\n  key   = "enable-oslogin"\n  value = "TRUE"\n}\n' },
    { name: 'JSON syntax, off', filename: 'main.tf.json', code: '{"resource": {"google_compute_instance": {"vm": {"metadata": {"serial-port-enable": "false"}}}}}\n' },
  ],
  bad: [
    {
      name: 'enabled on a VM: fixed unattended',
      code: vm('    serial-port-enable = "TRUE"\n'),
      findings: [{ messageId: 'enabled', line: 4, column: 26, endColumn: 32, output: vm('    serial-port-enable = "FALSE"\n'), suggestions: [] }],
    },
    {
      name: 'enabled as a bool with a quoted key',
      code: vm('    "serial-port-enable" = true\n'),
      findings: [{ messageId: 'enabled', line: 4, column: 28, endColumn: 32, output: vm('    "serial-port-enable" = false\n') }],
    },
    { name: 'enabled as 1 on an instance template', code: vm('    serial-port-enable = 1\n', 'google_compute_instance_template'), findings: [{ messageId: 'enabled', line: 4, column: 26, endColumn: 27, output: vm('    serial-port-enable = 0\n', 'google_compute_instance_template') }] },
    { name: 'enabled for the whole project', code: vm('    serial-port-enable = "true"\n', 'google_compute_project_metadata'), findings: [{ messageId: 'enabled', line: 4, column: 26, endColumn: 32, output: vm('    serial-port-enable = "FALSE"\n', 'google_compute_project_metadata') }] },
    {
      name: 'project metadata item',
      code: 'resource "google_compute_project_metadata_item" "serial" {\n  key   = "serial-port-enable"\n  value = "TRUE"\n}\n',
      findings: [{ messageId: 'enabled', line: 3, column: 11, endColumn: 17, output: 'resource "google_compute_project_metadata_item" "serial" {\n  key   = "serial-port-enable"\n  value = "FALSE"\n}\n' }],
    },
    {
      name: 'from a variable default: reported at the use, no edit of the default',
      code: vm('    serial-port-enable = var.serial\n'),
      files: { 'variables.tf': 'variable "serial" {\n  default = "TRUE"\n}\n' },
      findings: [{ messageId: 'enabled', line: 4, column: 26, endColumn: 36, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'JSON syntax, enabled',
      filename: 'main.tf.json',
      code: '{"resource": {"google_compute_instance": {"vm": {"metadata": {"serial-port-enable": "true"}}}}}\n',
      findings: [{ messageId: 'enabled', line: 1, column: 85, endColumn: 91, output: '{"resource": {"google_compute_instance": {"vm": {"metadata": {"serial-port-enable": "FALSE"}}}}}\n' }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-230-gcp-os-login-disabled';
import { ruleTester } from '../../helpers/rule-tester';

const vm = (value: string) => `resource "google_compute_instance" "vm" {\n  name     = "vm"\n  metadata = {\n    enable-oslogin = ${value}\n  }\n}\n`;
const title = 'Set enable-oslogin = "TRUE"';

ruleTester(rule, {
  good: [
    { name: 'on', code: vm('"TRUE"') },
    { name: 'no metadata', code: 'resource "google_compute_instance" "vm" {\n  name = "vm"\n}\n' },
    { name: 'not known before apply', code: vm('var.oslogin') },
    { name: 'project item on', code: 'resource "google_compute_project_metadata_item" "oslogin" {\n  key   = "enable-oslogin"\n  value = "TRUE"\n}\n' },
    { name: 'JSON syntax, on', filename: 'main.tf.json', code: '{"resource": {"google_compute_instance": {"vm": {"metadata": {"enable-oslogin": "TRUE"}}}}}\n' },
  ],
  bad: [
    { name: 'off on a VM', code: vm('"FALSE"'), findings: [{ messageId: 'disabled', line: 4, column: 22, endColumn: 29, suggestions: [{ title, output: vm('"TRUE"') }] }] },
    {
      name: 'off in project metadata',
      code: 'resource "google_compute_project_metadata" "main" {\n  metadata = {\n    enable-oslogin = "false"\n  }\n}\n',
      findings: [{ messageId: 'disabled', line: 3, column: 22, endColumn: 29 }],
    },
    {
      name: 'off in a project metadata item',
      code: 'resource "google_compute_project_metadata_item" "oslogin" {\n  key   = "enable-oslogin"\n  value = "FALSE"\n}\n',
      findings: [{ messageId: 'disabled', line: 3, column: 11, endColumn: 18 }],
    },
    {
      name: 'off through a variable default',
      code: vm('var.oslogin'),
      files: { 'variables.tf': 'variable "oslogin" {\n  default = "FALSE"\n}\n' },
      findings: [{ messageId: 'disabled', line: 4, column: 22, endColumn: 33, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    { name: 'JSON syntax, off', filename: 'main.tf.json', code: '{"resource": {"google_compute_instance": {"vm": {"metadata": {"enable-oslogin": "FALSE"}}}}}\n', findings: [{ messageId: 'disabled', line: 1 }] },
  ],
});

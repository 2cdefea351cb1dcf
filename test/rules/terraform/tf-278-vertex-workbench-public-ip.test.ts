import rule from '../../../rules/terraform/tf-278-vertex-workbench-public-ip';
import { ruleTester } from '../../helpers/rule-tester';

const workbench = (body: string) => `resource "google_workbench_instance" "nb" {\n  name     = "nb"\n  location = "europe-west1-b"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'public IP disabled', code: workbench('  gce_setup {\n    disable_public_ip = true\n  }\n') },
    { name: 'legacy notebook without public IP', code: 'resource "google_notebooks_instance" "nb" {\n  name         = "nb"\n  no_public_ip = true\n}\n' },
    { name: 'not known before apply', code: workbench('  gce_setup {\n    disable_public_ip = var.private\n  }\n') },
  ],
  bad: [
    { name: 'absent', code: workbench(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 42 }] },
    {
      name: 'explicitly public',
      code: workbench('  gce_setup {\n    disable_public_ip = false\n  }\n'),
      findings: [{ messageId: 'public', line: 5, column: 25, endColumn: 30, suggestions: [{ title: 'Set disable_public_ip = true (the provider replaces the resource)', output: workbench('  gce_setup {\n    disable_public_ip = true\n  }\n') }] }],
    },
    { name: 'legacy notebook', code: 'resource "google_notebooks_instance" "nb" {\n  name = "nb"\n}\n', findings: [{ messageId: 'missing', line: 1 }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"google_workbench_instance": {"nb": {"name": "nb"}}}}\n', findings: [{ messageId: 'missing', line: 1 }] },
  ],
});

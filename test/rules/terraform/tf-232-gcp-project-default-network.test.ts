import rule from '../../../rules/terraform/tf-232-gcp-project-default-network';
import { ruleTester } from '../../helpers/rule-tester';

const project = (body: string) => `resource "google_project" "app" {\n  name       = "app"\n  project_id = "acme-app"\n${body}}\n`;
const title = 'Set auto_create_network = false';

ruleTester(rule, {
  good: [
    { name: 'no default network', code: project('  auto_create_network = false\n') },
    { name: 'not known before apply', code: project('  auto_create_network = var.network\n') },
    { name: 'count = 0', code: project('  count = 0\n') },
    { name: 'override file', filename: 'project_override.tf', code: project('') },
    { name: 'JSON syntax, off', filename: 'main.tf.json', code: '{"resource": {"google_project": {"app": {"auto_create_network": false}}}}\n' },
  ],
  bad: [
    { name: 'absent', code: project(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 32, suggestions: [{ title, output: project('  auto_create_network = false\n') }] }] },
    { name: 'true', code: project('  auto_create_network = true\n'), findings: [{ messageId: 'enabled', line: 4, column: 25, endColumn: 29, suggestions: [{ title, output: project('  auto_create_network = false\n') }] }] },
    {
      name: 'JSON syntax, absent',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "google_project": {\n      "app": {\n        "name": "app"\n      }\n    }\n  }\n}\n',
      findings: [{ messageId: 'missing', line: 4, column: 7, endColumn: 12 }],
    },
  ],
});

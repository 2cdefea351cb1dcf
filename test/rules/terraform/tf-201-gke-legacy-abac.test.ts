import rule from '../../../rules/terraform/tf-201-gke-legacy-abac';
import { ruleTester } from '../../helpers/rule-tester';

const cluster = (body: string) => `resource "google_container_cluster" "main" {\n  name = "main"\n${body}}\n`;
const title = 'Set enable_legacy_abac = false';

ruleTester(rule, {
  good: [
    { name: 'absent: off by default', code: cluster('') },
    { name: 'explicitly false', code: cluster('  enable_legacy_abac = false\n') },
    { name: 'not known before apply', code: cluster('  enable_legacy_abac = var.abac\n') },
    { name: 'false from tfvars', code: cluster('  enable_legacy_abac = var.abac\n'), files: { 'variables.tf': 'variable "abac" {\n  default = true\n}\n', 'terraform.tfvars': 'abac = false\n' } },
    { name: 'count = 0', code: cluster('  count              = 0\n  enable_legacy_abac = true\n') },
    { name: 'JSON syntax, false', filename: 'main.tf.json', code: '{"resource": {"google_container_cluster": {"main": {"name": "main", "enable_legacy_abac": false}}}}\n' },
  ],
  bad: [
    {
      name: 'enabled',
      code: cluster('  enable_legacy_abac = true\n'),
      findings: [{ messageId: 'enabled', line: 3, column: 24, endColumn: 28, suggestions: [{ title, output: cluster('  enable_legacy_abac = false\n') }] }],
    },
    {
      name: 'enabled as a string',
      code: cluster('  enable_legacy_abac = "true"\n'),
      findings: [{ messageId: 'enabled', line: 3, column: 24, endColumn: 30, suggestions: [{ output: cluster('  enable_legacy_abac = false\n') }] }],
    },
    {
      name: 'from a variable default: reported at the use, no edit of the default',
      code: cluster('  enable_legacy_abac = var.abac\n'),
      files: { 'variables.tf': 'variable "abac" {\n  type    = bool\n  default = true\n}\n' },
      findings: [{ messageId: 'enabled', line: 3, column: 24, endColumn: 32, related: ['variables.tf:3:13'], suggestions: [] }],
    },
    {
      name: 'for_each over known flags',
      code: cluster('  for_each           = { old = true, new = false }\n  enable_legacy_abac = each.value\n'),
      findings: [{ messageId: 'enabled', line: 4, column: 24, endColumn: 34, related: [':3:32'] }],
    },
    {
      name: 'JSON syntax, enabled',
      filename: 'main.tf.json',
      code: '{"resource": {"google_container_cluster": {"main": {"enable_legacy_abac": true}}}}\n',
      findings: [{ messageId: 'enabled', line: 1, column: 75, endColumn: 79, suggestions: [{ output: '{"resource": {"google_container_cluster": {"main": {"enable_legacy_abac": false}}}}\n' }] }],
    },
  ],
});

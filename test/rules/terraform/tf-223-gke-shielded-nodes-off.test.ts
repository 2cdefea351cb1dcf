import rule from '../../../rules/terraform/tf-223-gke-shielded-nodes-off';
import { ruleTester } from '../../helpers/rule-tester';

const cluster = (body: string) => `resource "google_container_cluster" "main" {\n  name = "main"\n${body}}\n`;
const title = 'Set enable_shielded_nodes = true';

ruleTester(rule, {
  good: [
    { name: 'default', code: cluster('') },
    { name: 'enabled', code: cluster('  enable_shielded_nodes = true\n') },
    { name: 'not known before apply', code: cluster('  enable_shielded_nodes = var.shielded\n') },
    { name: 'JSON syntax, enabled', filename: 'main.tf.json', code: '{"resource": {"google_container_cluster": {"main": {"enable_shielded_nodes": true}}}}\n' },
  ],
  bad: [
    { name: 'disabled', code: cluster('  enable_shielded_nodes = false\n'), findings: [{ messageId: 'disabled', line: 3, column: 27, endColumn: 32, suggestions: [{ title, output: cluster('  enable_shielded_nodes = true\n') }] }] },
    {
      name: 'for_each over known values',
      code: cluster('  for_each              = { a = false, b = true }\n  enable_shielded_nodes = each.value\n'),
      findings: [{ messageId: 'disabled', line: 4, column: 27, endColumn: 37, related: [':3:33'] }],
    },
    { name: 'JSON syntax, disabled', filename: 'main.tf.json', code: '{"resource": {"google_container_cluster": {"main": {"enable_shielded_nodes": false}}}}\n', findings: [{ messageId: 'disabled', line: 1, column: 78, endColumn: 83 }] },
  ],
});

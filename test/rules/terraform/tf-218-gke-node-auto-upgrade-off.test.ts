import rule from '../../../rules/terraform/tf-218-gke-node-auto-upgrade-off';
import { ruleTester } from '../../helpers/rule-tester';

const pool = (body: string) => `resource "google_container_node_pool" "apps" {\n  cluster = "main"\n${body}}\n`;
const management = (value: string) => `  management {\n    auto_upgrade = ${value}\n  }\n`;
const title = 'Set auto_upgrade = true';

ruleTester(rule, {
  good: [
    { name: 'defaults', code: pool('') },
    { name: 'enabled', code: pool(management('true')) },
    { name: 'not known before apply', code: pool(management('var.flag')) },
    { name: 'count = 0', code: pool(`  count = 0\n${management('false')}`) },
    { name: 'inline pool, defaults', code: 'resource "google_container_cluster" "main" {\n  node_pool {\n    name = "apps"\n  }\n}\n' },
    { name: 'JSON syntax, enabled', filename: 'main.tf.json', code: '{"resource": {"google_container_node_pool": {"apps": {"management": {"auto_upgrade": true}}}}}\n' },
  ],
  bad: [
    { name: 'disabled', code: pool(management('false')), findings: [{ messageId: 'disabled', line: 4, column: 20, suggestions: [{ title, output: pool(management('true')) }] }] },
    {
      name: 'disabled through a variable default',
      code: pool(management('var.flag')),
      files: { 'variables.tf': 'variable "flag" {\n  default = false\n}\n' },
      findings: [{ messageId: 'disabled', line: 4, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'inline pool of a cluster',
      code: 'resource "google_container_cluster" "main" {\n  node_pool {\n    name = "apps"\n    management {\n      auto_upgrade = false\n    }\n  }\n}\n',
      findings: [{ messageId: 'disabled', line: 5 }],
    },
    {
      name: 'JSON syntax, disabled',
      filename: 'main.tf.json',
      code: '{"resource": {"google_container_node_pool": {"apps": {"management": {"auto_upgrade": false}}}}}\n',
      findings: [{ messageId: 'disabled', line: 1 }],
    },
  ],
});

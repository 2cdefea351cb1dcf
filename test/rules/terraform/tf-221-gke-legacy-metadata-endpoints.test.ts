import rule from '../../../rules/terraform/tf-221-gke-legacy-metadata-endpoints';
import { ruleTester } from '../../helpers/rule-tester';

const pool = (value: string) => `resource "google_container_node_pool" "apps" {\n  cluster = "main"\n  node_config {\n    metadata = {\n      disable-legacy-endpoints = ${value}\n    }\n  }\n}\n`;
const title = 'Set disable-legacy-endpoints = "true" (the provider replaces the resource)';

ruleTester(rule, {
  good: [
    { name: 'disabled', code: pool('"true"') },
    { name: 'no metadata', code: 'resource "google_container_node_pool" "apps" {\n  cluster = "main"\n}\n' },
    { name: 'not known before apply', code: pool('var.disable') },
    { name: 'count = 0', code: pool('"false"').replace('  cluster', '  count   = 0\n  cluster') },
    { name: 'JSON syntax, disabled', filename: 'main.tf.json', code: '{"resource": {"google_container_node_pool": {"apps": {"node_config": {"metadata": {"disable-legacy-endpoints": "true"}}}}}}\n' },
  ],
  bad: [
    { name: 'enabled', code: pool('"false"'), findings: [{ messageId: 'enabled', line: 5, column: 34, endColumn: 41, suggestions: [{ title, output: pool('"true"') }] }] },
    {
      name: 'enabled through a variable default',
      code: pool('var.disable'),
      files: { 'variables.tf': 'variable "disable" {\n  default = "false"\n}\n' },
      findings: [{ messageId: 'enabled', line: 5, column: 34, endColumn: 45, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'inline pool of a cluster',
      code: 'resource "google_container_cluster" "main" {\n  node_pool {\n    node_config {\n      metadata = {\n        disable-legacy-endpoints = "false"\n      }\n    }\n  }\n}\n',
      findings: [{ messageId: 'enabled', line: 5 }],
    },
    {
      name: 'JSON syntax, enabled',
      filename: 'main.tf.json',
      code: '{"resource": {"google_container_node_pool": {"apps": {"node_config": {"metadata": {"disable-legacy-endpoints": "false"}}}}}}\n',
      findings: [{ messageId: 'enabled', line: 1 }],
    },
  ],
});

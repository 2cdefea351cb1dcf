import rule from '../../../rules/terraform/tf-220-gke-node-metadata-exposed';
import { ruleTester } from '../../helpers/rule-tester';

const pool = (body: string) => `resource "google_container_node_pool" "apps" {\n  cluster = "main"\n  node_config {\n${body}  }\n}\n`;
const meta = (line: string) => pool(`    workload_metadata_config {\n      ${line}\n    }\n`);
const title = 'Set mode = "GKE_METADATA" (the provider replaces the resource)';

ruleTester(rule, {
  good: [
    { name: 'defaults', code: pool('') },
    { name: 'GKE metadata server', code: meta('mode = "GKE_METADATA"') },
    { name: 'legacy name, concealed', code: meta('node_metadata = "GKE_METADATA_SERVER"') },
    { name: 'not known before apply', code: meta('mode = var.mode') },
    { name: 'JSON syntax, GKE metadata', filename: 'main.tf.json', code: '{"resource": {"google_container_node_pool": {"apps": {"node_config": {"workload_metadata_config": {"mode": "GKE_METADATA"}}}}}}\n' },
  ],
  bad: [
    { name: 'node metadata', code: meta('mode = "GCE_METADATA"'), findings: [{ messageId: 'exposed', line: 5, column: 14, endColumn: 28, suggestions: [{ title, output: meta('mode = "GKE_METADATA"') }] }] },
    { name: 'legacy name, exposed', code: meta('node_metadata = "EXPOSE"'), findings: [{ messageId: 'exposed', line: 5, column: 23, endColumn: 31 }] },
    {
      name: 'from a variable default',
      code: meta('mode = var.mode'),
      files: { 'variables.tf': 'variable "mode" {\n  default = "GCE_METADATA"\n}\n' },
      findings: [{ messageId: 'exposed', line: 5, column: 14, endColumn: 22, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'cluster default pool',
      code: 'resource "google_container_cluster" "main" {\n  node_config {\n    workload_metadata_config {\n      mode = "GCE_METADATA"\n    }\n  }\n}\n',
      findings: [{ messageId: 'exposed', line: 4 }],
    },
    {
      name: 'JSON syntax, node metadata',
      filename: 'main.tf.json',
      code: '{"resource": {"google_container_node_pool": {"apps": {"node_config": {"workload_metadata_config": {"mode": "GCE_METADATA"}}}}}}\n',
      findings: [{ messageId: 'exposed', line: 1 }],
    },
  ],
});

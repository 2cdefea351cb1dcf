import rule from '../../../rules/terraform/tf-222-gke-no-release-channel';
import { ruleTester } from '../../helpers/rule-tester';

const cluster = (channel: string) => `resource "google_container_cluster" "main" {\n  name = "main"\n  release_channel {\n    channel = ${channel}\n  }\n}\n`;
const title = 'Set channel = "REGULAR"';

ruleTester(rule, {
  good: [
    { name: 'regular', code: cluster('"REGULAR"') },
    { name: 'no block: GKE enrols the cluster', code: 'resource "google_container_cluster" "main" {\n  name = "main"\n}\n' },
    { name: 'not known before apply', code: cluster('var.channel') },
    { name: 'JSON syntax, stable', filename: 'main.tf.json', code: '{"resource": {"google_container_cluster": {"main": {"release_channel": {"channel": "STABLE"}}}}}\n' },
  ],
  bad: [
    { name: 'unspecified', code: cluster('"UNSPECIFIED"'), findings: [{ messageId: 'unspecified', line: 4, column: 15, endColumn: 28, suggestions: [{ title, output: cluster('"REGULAR"') }] }] },
    {
      name: 'unspecified from a variable default',
      code: cluster('var.channel'),
      files: { 'variables.tf': 'variable "channel" {\n  default = "UNSPECIFIED"\n}\n' },
      findings: [{ messageId: 'unspecified', line: 4, column: 15, endColumn: 26, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'JSON syntax, unspecified',
      filename: 'main.tf.json',
      code: '{"resource": {"google_container_cluster": {"main": {"release_channel": {"channel": "UNSPECIFIED"}}}}}\n',
      findings: [{ messageId: 'unspecified', line: 1, column: 84, endColumn: 97 }],
    },
  ],
});

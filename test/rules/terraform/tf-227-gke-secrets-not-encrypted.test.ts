import rule from '../../../rules/terraform/tf-227-gke-secrets-not-encrypted';
import { ruleTester } from '../../helpers/rule-tester';

const cluster = (body: string) => `resource "google_container_cluster" "main" {\n  name = "main"\n${body}}\n`;
const encryption = (state: string) => cluster(`  database_encryption {\n    state    = ${state}\n    key_name = var.key\n  }\n`);

ruleTester(rule, {
  good: [
    { name: 'encrypted', code: encryption('"ENCRYPTED"') },
    { name: 'not known before apply', code: encryption('var.state') },
    { name: 'count = 0', code: cluster('  count = 0\n') },
    { name: 'JSON syntax, encrypted', filename: 'main.tf.json', code: '{"resource": {"google_container_cluster": {"main": {"database_encryption": {"state": "ENCRYPTED", "key_name": "k"}}}}}\n' },
  ],
  bad: [
    { name: 'no block', code: cluster(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 43 }] },
    { name: 'decrypted', code: encryption('"DECRYPTED"'), findings: [{ messageId: 'decrypted', line: 4, column: 16, endColumn: 27 }] },
    {
      name: 'decrypted from a variable default',
      code: encryption('var.state'),
      files: { 'variables.tf': 'variable "state" {\n  default = "DECRYPTED"\n}\n' },
      findings: [{ messageId: 'decrypted', line: 4, column: 16, endColumn: 25, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'JSON syntax, no block',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "google_container_cluster": {\n      "main": {\n        "name": "main"\n      }\n    }\n  }\n}\n',
      findings: [{ messageId: 'missing', line: 4, column: 7, endColumn: 13 }],
    },
  ],
});

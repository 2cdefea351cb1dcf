import rule from '../../../rules/terraform/tf-226-gke-binary-authorization-off';
import { ruleTester } from '../../helpers/rule-tester';

const cluster = (body: string) => `resource "google_container_cluster" "main" {\n  name = "main"\n${body}}\n`;
const binauthz = (line: string) => cluster(`  binary_authorization {\n    ${line}\n  }\n`);
const title = 'Set evaluation_mode = "PROJECT_SINGLETON_POLICY_ENFORCE"';

ruleTester(rule, {
  good: [
    { name: 'enforced', code: binauthz('evaluation_mode = "PROJECT_SINGLETON_POLICY_ENFORCE"') },
    { name: 'deprecated enabled flag', code: binauthz('enabled = true') },
    { name: 'provider 4.x top-level flag', code: cluster('  enable_binary_authorization = true\n') },
    { name: 'not known before apply', code: binauthz('evaluation_mode = var.mode') },
    { name: 'count = 0', code: cluster('  count = 0\n') },
    { name: 'JSON syntax, enforced', filename: 'main.tf.json', code: '{"resource": {"google_container_cluster": {"main": {"binary_authorization": {"evaluation_mode": "PROJECT_SINGLETON_POLICY_ENFORCE"}}}}}\n' },
  ],
  bad: [
    { name: 'no block', code: cluster(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 43, suggestions: [{ title, output: binauthz('evaluation_mode = "PROJECT_SINGLETON_POLICY_ENFORCE"') }] }] },
    { name: 'disabled', code: binauthz('evaluation_mode = "DISABLED"'), findings: [{ messageId: 'disabled', line: 4, column: 23, endColumn: 33, suggestions: [{ title, output: binauthz('evaluation_mode = "PROJECT_SINGLETON_POLICY_ENFORCE"') }] }] },
    {
      name: 'JSON syntax, no block',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "google_container_cluster": {\n      "main": {\n        "name": "main"\n      }\n    }\n  }\n}\n',
      findings: [{ messageId: 'missing', line: 4, column: 7, endColumn: 13 }],
    },
  ],
});

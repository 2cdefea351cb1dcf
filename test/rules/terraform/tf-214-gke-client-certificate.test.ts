import rule from '../../../rules/terraform/tf-214-gke-client-certificate';
import { ruleTester } from '../../helpers/rule-tester';

const cluster = (body: string) => `resource "google_container_cluster" "main" {\n  name = "main"\n${body}}\n`;
const cert = (value: string) => `  master_auth {\n    client_certificate_config {\n      issue_client_certificate = ${value}\n    }\n  }\n`;
const title = 'Set issue_client_certificate = false (the provider replaces the resource)';

ruleTester(rule, {
  good: [
    { name: 'defaults', code: cluster('') },
    { name: 'certificate off', code: cluster(cert('false')) },
    { name: 'not known before apply', code: cluster(cert('var.issue')) },
    { name: 'empty password', code: cluster('  master_auth {\n    username = ""\n    password = ""\n  }\n') },
    { name: 'count = 0', code: cluster(`  count = 0\n${cert('true')}`) },
    { name: 'JSON syntax, off', filename: 'main.tf.json', code: '{"resource": {"google_container_cluster": {"main": {"master_auth": {"client_certificate_config": {"issue_client_certificate": false}}}}}}\n' },
  ],
  bad: [
    { name: 'certificate issued', code: cluster(cert('true')), findings: [{ messageId: 'certificate', line: 5, column: 34, endColumn: 38, suggestions: [{ title, output: cluster(cert('false')) }] }] },
    {
      name: 'issued through a variable default',
      code: cluster(cert('var.issue')),
      files: { 'variables.tf': 'variable "issue" {\n  default = true\n}\n' },
      findings: [{ messageId: 'certificate', line: 5, column: 34, endColumn: 43, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'basic authentication',
      code: cluster('  master_auth {\n    username = "admin"\n    password = "correct-horse-battery"\n  }\n'),
      findings: [{ messageId: 'basicAuth', line: 5, column: 16, endColumn: 39 }],
    },
    {
      name: 'JSON syntax, issued',
      filename: 'main.tf.json',
      code: '{"resource": {"google_container_cluster": {"main": {"master_auth": {"client_certificate_config": {"issue_client_certificate": true}}}}}}\n',
      findings: [{ messageId: 'certificate', line: 1, column: 127, endColumn: 131 }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-200-gcp-ssl-policy-weak-tls';
import { ruleTester } from '../../helpers/rule-tester';

const policy = (body: string) => `resource "google_compute_ssl_policy" "web" {\n  name = "web"\n${body}}\n`;
const title = 'Set min_tls_version = "TLS_1_2"';

ruleTester(rule, {
  good: [
    { name: 'TLS 1.2', code: policy('  min_tls_version = "TLS_1_2"\n') },
    { name: 'TLS 1.3 with the restricted profile', code: policy('  profile         = "RESTRICTED"\n  min_tls_version = "TLS_1_3"\n') },
    { name: 'not known before apply', code: policy('  min_tls_version = var.min_tls\n') },
    { name: 'TLS 1.2 from tfvars', code: policy('  min_tls_version = var.min_tls\n'), files: { 'variables.tf': 'variable "min_tls" {\n  default = "TLS_1_0"\n}\n', 'terraform.tfvars': 'min_tls = "TLS_1_2"\n' } },
    { name: 'count = 0', code: policy('  count = 0\n') },
    { name: 'override file', filename: 'lb_override.tf', code: policy('') },
    { name: 'regional policy with TLS 1.2', code: 'resource "google_compute_region_ssl_policy" "web" {\n  region          = "europe-west1"\n  min_tls_version = "TLS_1_2"\n}\n' },
    { name: 'JSON syntax, TLS 1.2', filename: 'main.tf.json', code: '{"resource": {"google_compute_ssl_policy": {"web": {"name": "web", "min_tls_version": "TLS_1_2"}}}}\n' },
  ],
  bad: [
    {
      name: 'absent: TLS 1.0 is the default',
      code: policy(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 43, suggestions: [{ title, output: policy('  min_tls_version = "TLS_1_2"\n') }] }],
    },
    {
      name: 'TLS 1.1',
      code: policy('  min_tls_version = "TLS_1_1"\n'),
      findings: [{ messageId: 'weak', line: 3, column: 21, endColumn: 30, suggestions: [{ title, output: policy('  min_tls_version = "TLS_1_2"\n') }] }],
    },
    {
      name: 'TLS 1.0 explicitly, with the modern profile',
      code: policy('  profile         = "MODERN"\n  min_tls_version = "TLS_1_0"\n'),
      findings: [{ messageId: 'weak', line: 4, column: 21, endColumn: 30 }],
    },
    {
      name: 'from a variable default: reported at the use, no edit of the default',
      code: policy('  min_tls_version = var.min_tls\n'),
      files: { 'variables.tf': 'variable "min_tls" {\n  default = "TLS_1_1"\n}\n' },
      findings: [{ messageId: 'weak', line: 3, column: 21, endColumn: 32, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'for_each over known versions: the weak one',
      code: policy('  for_each        = { legacy = "TLS_1_0", modern = "TLS_1_2" }\n  min_tls_version = each.value\n'),
      findings: [{ messageId: 'weak', line: 4, column: 21, endColumn: 31, related: [':3:32'] }],
    },
    {
      name: 'regional policy without a minimum',
      code: 'resource "google_compute_region_ssl_policy" "web" {\n  region = "europe-west1"\n}\n',
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 50 }],
    },
    {
      name: 'JSON syntax, absent',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "google_compute_ssl_policy": {\n      "web": {\n        "name": "web"\n      }\n    }\n  }\n}\n',
      findings: [{
        messageId: 'missing', line: 4, column: 7, endColumn: 12,
        suggestions: [{ output: '{\n  "resource": {\n    "google_compute_ssl_policy": {\n      "web": {\n        "name": "web",\n        "min_tls_version": "TLS_1_2"\n      }\n    }\n  }\n}\n' }],
      }],
    },
  ],
});

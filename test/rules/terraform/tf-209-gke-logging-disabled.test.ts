import rule from '../../../rules/terraform/tf-209-gke-logging-disabled';
import { ruleTester } from '../../helpers/rule-tester';

const cluster = (body: string) => `resource "google_container_cluster" "main" {\n  name = "main"\n${body}}\n`;
const config = (list: string) => `  logging_config {\n    enable_components = ${list}\n  }\n`;

ruleTester(rule, {
  good: [
    { name: 'defaults', code: cluster('') },
    { name: 'Cloud Logging', code: cluster('  logging_service = "logging.googleapis.com/kubernetes"\n') },
    { name: 'system components only', code: cluster(config('["SYSTEM_COMPONENTS"]')) },
    { name: 'components not known before apply', code: cluster(config('var.components')) },
    { name: 'service not known before apply', code: cluster('  logging_service = var.logging\n') },
    { name: 'components from tfvars', code: cluster(config('var.components')), files: { 'variables.tf': 'variable "components" {\n  default = []\n}\n', 'terraform.tfvars': 'components = ["SYSTEM_COMPONENTS", "WORKLOADS"]\n' } },
    { name: 'count = 0', code: cluster('  count           = 0\n  logging_service = "none"\n') },
    { name: 'JSON syntax, components', filename: 'main.tf.json', code: '{"resource": {"google_container_cluster": {"main": {"logging_config": {"enable_components": ["SYSTEM_COMPONENTS"]}}}}}\n' },
  ],
  bad: [
    {
      name: 'logging service none',
      code: cluster('  logging_service = "none"\n'),
      findings: [{ messageId: 'serviceNone', line: 3, column: 21, endColumn: 27, suggestions: [{ title: 'Send logs to Cloud Logging', output: cluster('  logging_service = "logging.googleapis.com/kubernetes"\n') }] }],
    },
    { name: 'no components', code: cluster(config('[]')), findings: [{ messageId: 'noComponents', line: 4, column: 25, endColumn: 27, suggestions: [] }] },
    {
      name: 'no components from a variable default',
      code: cluster(config('var.components')),
      files: { 'variables.tf': 'variable "components" {\n  type    = list(string)\n  default = []\n}\n' },
      findings: [{ messageId: 'noComponents', line: 4, column: 25, endColumn: 39, related: ['variables.tf:3:13'] }],
    },
    {
      name: 'for_each over known services',
      code: cluster('  for_each        = { dev = "none", prod = "logging.googleapis.com/kubernetes" }\n  logging_service = each.value\n'),
      findings: [{ messageId: 'serviceNone', line: 4, column: 21, endColumn: 31, related: [':3:29'] }],
    },
    {
      name: 'JSON syntax, none',
      filename: 'main.tf.json',
      code: '{"resource": {"google_container_cluster": {"main": {"logging_service": "none"}}}}\n',
      findings: [{ messageId: 'serviceNone', line: 1, column: 72, endColumn: 78, suggestions: [{ output: '{"resource": {"google_container_cluster": {"main": {"logging_service": "logging.googleapis.com/kubernetes"}}}}\n' }] }],
    },
  ],
});

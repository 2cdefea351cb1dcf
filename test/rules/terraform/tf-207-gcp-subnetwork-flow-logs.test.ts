import rule from '../../../rules/terraform/tf-207-gcp-subnetwork-flow-logs';
import { ruleTester } from '../../helpers/rule-tester';

const subnet = (body: string) => `resource "google_compute_subnetwork" "apps" {\n  name          = "apps"\n  ip_cidr_range = "10.0.0.0/20"\n${body}}\n`;
const logConfig = '  log_config {\n    aggregation_interval = "INTERVAL_5_SEC"\n    flow_sampling = 0.5\n    metadata = "INCLUDE_ALL_METADATA"\n  }\n';

ruleTester(rule, {
  good: [
    { name: 'log_config block', code: subnet('  log_config {\n    flow_sampling = 0.1\n  }\n') },
    { name: 'dynamic log_config not known before apply', code: subnet('  dynamic "log_config" {\n    for_each = var.flow_logs ? [1] : []\n    content {}\n  }\n') },
    { name: 'dynamic log_config over a known list', code: subnet('  dynamic "log_config" {\n    for_each = [1]\n    content {\n      flow_sampling = 0.5\n    }\n  }\n') },
    { name: 'legacy enable_flow_logs = true', code: subnet('  enable_flow_logs = true\n') },
    { name: 'proxy-only subnet', code: subnet('  purpose = "REGIONAL_MANAGED_PROXY"\n  role    = "ACTIVE"\n') },
    { name: 'Private Service Connect subnet', code: subnet('  purpose = "PRIVATE_SERVICE_CONNECT"\n') },
    { name: 'purpose not known before apply', code: subnet('  purpose = var.purpose\n') },
    { name: 'count = 0', code: subnet('  count = 0\n') },
    { name: 'override file', filename: 'net_override.tf', code: subnet('') },
    { name: 'JSON syntax, log_config', filename: 'main.tf.json', code: '{"resource": {"google_compute_subnetwork": {"apps": {"name": "apps", "log_config": {"flow_sampling": 0.5}}}}}\n' },
  ],
  bad: [
    {
      name: 'no log_config',
      code: subnet(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 44, suggestions: [{ title: 'Enable VPC flow logs', output: subnet(logConfig) }] }],
    },
    { name: 'private purpose written out', code: subnet('  purpose = "PRIVATE"\n'), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 44 }] },
    {
      name: 'legacy enable_flow_logs = false',
      code: subnet('  enable_flow_logs = false\n'),
      findings: [{ messageId: 'disabled', line: 4, column: 22, endColumn: 27, suggestions: [{ output: subnet(`  enable_flow_logs = false\n${logConfig}`) }] }],
    },
    { name: 'dynamic log_config over an empty list', code: subnet('  dynamic "log_config" {\n    for_each = []\n    content {}\n  }\n'), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 44 }] },
    { name: 'counted subnets', code: subnet('  count = 2\n'), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 44 }] },
    {
      name: 'JSON syntax, no log_config',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "google_compute_subnetwork": {\n      "apps": {\n        "name": "apps"\n      }\n    }\n  }\n}\n',
      findings: [{
        messageId: 'missing', line: 4, column: 7, endColumn: 13,
        suggestions: [{ output: '{\n  "resource": {\n    "google_compute_subnetwork": {\n      "apps": {\n        "name": "apps",\n        "log_config": { "aggregation_interval": "INTERVAL_5_SEC", "flow_sampling": 0.5, "metadata": "INCLUDE_ALL_METADATA" }\n      }\n    }\n  }\n}\n' }],
      }],
    },
  ],
});

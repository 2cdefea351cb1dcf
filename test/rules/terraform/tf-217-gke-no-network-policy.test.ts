import rule from '../../../rules/terraform/tf-217-gke-no-network-policy';
import { ruleTester } from '../../helpers/rule-tester';

const cluster = (body: string) => `resource "google_container_cluster" "main" {\n  name = "main"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'Dataplane V2', code: cluster('  datapath_provider = "ADVANCED_DATAPATH"\n') },
    { name: 'network policy add-on', code: cluster('  network_policy {\n    enabled  = true\n    provider = "CALICO"\n  }\n') },
    { name: 'Autopilot', code: cluster('  enable_autopilot = true\n') },
    { name: 'datapath not known before apply', code: cluster('  datapath_provider = var.datapath\n') },
    { name: 'enabled not known before apply', code: cluster('  network_policy {\n    enabled = var.enabled\n  }\n') },
    { name: 'count = 0', code: cluster('  count = 0\n') },
    { name: 'override file', filename: 'cluster_override.tf', code: cluster('') },
    { name: 'JSON syntax, Dataplane V2', filename: 'main.tf.json', code: '{"resource": {"google_container_cluster": {"main": {"datapath_provider": "ADVANCED_DATAPATH"}}}}\n' },
  ],
  bad: [
    { name: 'defaults', code: cluster(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 43 }] },
    { name: 'legacy datapath', code: cluster('  datapath_provider = "LEGACY_DATAPATH"\n'), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 43 }] },
    { name: 'policy disabled', code: cluster('  network_policy {\n    enabled = false\n  }\n'), findings: [{ messageId: 'disabled', line: 4, column: 15, endColumn: 20 }] },
    {
      name: 'disabled through a variable default',
      code: cluster('  network_policy {\n    enabled = var.enabled\n  }\n'),
      files: { 'variables.tf': 'variable "enabled" {\n  default = false\n}\n' },
      findings: [{ messageId: 'disabled', line: 4, column: 15, endColumn: 26, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'JSON syntax, defaults',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "google_container_cluster": {\n      "main": {\n        "name": "main"\n      }\n    }\n  }\n}\n',
      findings: [{ messageId: 'missing', line: 4, column: 7, endColumn: 13 }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-252-gcp-firewall-no-logging';
import { ruleTester } from '../../helpers/rule-tester';

const firewall = (body: string) => `resource "google_compute_firewall" "web" {\n  name    = "web"\n  network = "default"\n  allow {\n    protocol = "tcp"\n  }\n${body}}\n`;
const title = 'Add log_config with metadata = "EXCLUDE_ALL_METADATA"';

ruleTester(rule, {
  good: [
    { name: 'log_config', code: firewall('  log_config {\n    metadata = "INCLUDE_ALL_METADATA"\n  }\n') },
    { name: 'provider 3.x enable_logging', code: firewall('  enable_logging = true\n') },
    { name: 'log_config from a dynamic block not known before apply', code: firewall('  dynamic "log_config" {\n    for_each = var.log ? [1] : []\n    content {\n      metadata = "INCLUDE_ALL_METADATA"\n    }\n  }\n') },
  ],
  bad: [
    {
      name: 'no log_config',
      code: firewall(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 41, suggestions: [{ title, output: firewall('  log_config {\n    metadata = "EXCLUDE_ALL_METADATA"\n  }\n') }] }],
    },
    { name: 'dynamic block over an empty list', code: firewall('  dynamic "log_config" {\n    for_each = []\n    content {\n      metadata = "INCLUDE_ALL_METADATA"\n    }\n  }\n'), findings: [{ messageId: 'missing', line: 1 }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"google_compute_firewall": {"web": {"name": "web", "network": "default"}}}}\n', findings: [{ messageId: 'missing', line: 1 }] },
  ],
});

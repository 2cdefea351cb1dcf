import rule from '../../../rules/terraform/tf-250-dns-policy-no-logging';
import { ruleTester } from '../../helpers/rule-tester';

const policy = (body: string) => `resource "google_dns_policy" "main" {\n  name = "main"\n${body}}\n`;
const title = 'Set enable_logging = true';

ruleTester(rule, {
  good: [
    { name: 'enabled', code: policy('  enable_logging = true\n') },
    { name: 'not known before apply', code: policy('  enable_logging = var.logging\n') },
  ],
  bad: [
    { name: 'absent', code: policy(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 36, suggestions: [{ title, output: policy('  enable_logging = true\n') }] }] },
    { name: 'disabled', code: policy('  enable_logging = false\n'), findings: [{ messageId: 'disabled', line: 3, column: 20, endColumn: 25, suggestions: [{ title, output: policy('  enable_logging = true\n') }] }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"google_dns_policy": {"main": {"name": "main"}}}}\n', findings: [{ messageId: 'missing', line: 1 }] },
  ],
});

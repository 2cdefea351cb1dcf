import rule from '../../../rules/terraform/tf-245-gcs-public-access-prevention';
import { ruleTester } from '../../helpers/rule-tester';

const bucket = (body: string) => `resource "google_storage_bucket" "data" {\n  name     = "acme-data"\n  location = "EU"\n${body}}\n`;
const title = 'Set public_access_prevention = "enforced"';

ruleTester(rule, {
  good: [
    { name: 'enforced', code: bucket('  public_access_prevention = "enforced"\n') },
    { name: 'not known before apply', code: bucket('  public_access_prevention = var.pap\n') },
  ],
  bad: [
    { name: 'absent', code: bucket(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 40, suggestions: [{ title, output: bucket('  public_access_prevention = "enforced"\n') }] }] },
    { name: 'inherited', code: bucket('  public_access_prevention = "inherited"\n'), findings: [{ messageId: 'inherited', line: 4, column: 30, endColumn: 41, suggestions: [{ title, output: bucket('  public_access_prevention = "enforced"\n') }] }] },
    {
      name: 'inherited from a variable default',
      code: bucket('  public_access_prevention = var.pap\n'),
      files: { 'variables.tf': 'variable "pap" {\n  default = "inherited"\n}\n' },
      findings: [{ messageId: 'inherited', line: 4, column: 30, endColumn: 37, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"google_storage_bucket": {"data": {"name": "d"}}}}\n', findings: [{ messageId: 'missing', line: 1, column: 41, endColumn: 47 }] },
  ],
});

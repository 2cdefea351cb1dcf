import rule from '../../../rules/terraform/tf-259-gcp-subnet-no-private-google-access';
import { ruleTester } from '../../helpers/rule-tester';

const subnet = (body: string) => `resource "google_compute_subnetwork" "apps" {\n  name          = "apps"\n  ip_cidr_range = "10.0.0.0/24"\n  network       = "vpc"\n${body}}\n`;
const title = 'Set private_ip_google_access = true';

ruleTester(rule, {
  good: [
    { name: 'enabled', code: subnet('  private_ip_google_access = true\n') },
    { name: 'proxy-only subnet', code: subnet('  purpose = "REGIONAL_MANAGED_PROXY"\n  role    = "ACTIVE"\n') },
    { name: 'purpose not known before apply', code: subnet('  purpose = var.purpose\n') },
    { name: 'not known before apply', code: subnet('  private_ip_google_access = var.pga\n') },
  ],
  bad: [
    { name: 'absent', code: subnet(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 44, suggestions: [{ title, output: subnet('  private_ip_google_access = true\n') }] }] },
    { name: 'disabled on a private subnet', code: subnet('  purpose                  = "PRIVATE"\n  private_ip_google_access = false\n'), findings: [{ messageId: 'disabled', line: 6, column: 30, endColumn: 35 }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"google_compute_subnetwork": {"apps": {"name": "apps"}}}}\n', findings: [{ messageId: 'missing', line: 1 }] },
  ],
});

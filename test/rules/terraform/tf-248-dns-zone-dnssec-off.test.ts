import rule from '../../../rules/terraform/tf-248-dns-zone-dnssec-off';
import { ruleTester } from '../../helpers/rule-tester';

const zone = (body: string) => `resource "google_dns_managed_zone" "public" {\n  name     = "example"\n  dns_name = "example.com."\n${body}}\n`;
const dnssec = (state: string) => `  dnssec_config {\n    state = ${state}\n  }\n`;
const title = 'Set dnssec_config state = "on"';

ruleTester(rule, {
  good: [
    { name: 'on', code: zone(dnssec('"on"')) },
    { name: 'transfer', code: zone(dnssec('"transfer"')) },
    { name: 'private zone', code: zone('  visibility = "private"\n') },
    { name: 'private zone, off', code: zone('  visibility = "private"\n' + dnssec('"off"')) },
    { name: 'visibility not known before apply', code: zone('  visibility = var.visibility\n') },
    { name: 'state not known before apply', code: zone(dnssec('var.state')) },
  ],
  bad: [
    { name: 'absent', code: zone(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 44, suggestions: [{ title, output: zone('  dnssec_config {\n    state = "on"\n  }\n') }] }] },
    { name: 'off', code: zone(dnssec('"off"')), findings: [{ messageId: 'off', line: 5, column: 13, endColumn: 18, suggestions: [{ title, output: zone(dnssec('"on"')) }] }] },
    { name: 'public explicitly, block without state', code: zone('  visibility = "public"\n  dnssec_config {\n    kind = "dns#managedZoneDnsSecConfig"\n  }\n'), findings: [{ messageId: 'missing', line: 5, column: 3, endColumn: 16 }] },
    {
      name: 'off from a variable default',
      code: zone(dnssec('var.state')),
      files: { 'variables.tf': 'variable "state" {\n  default = "off"\n}\n' },
      findings: [{ messageId: 'off', line: 5, column: 13, endColumn: 22, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"google_dns_managed_zone": {"public": {"name": "example", "dns_name": "example.com."}}}}\n', findings: [{ messageId: 'missing', line: 1 }] },
  ],
});

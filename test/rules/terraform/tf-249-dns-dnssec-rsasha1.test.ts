import rule from '../../../rules/terraform/tf-249-dns-dnssec-rsasha1';
import { ruleTester } from '../../helpers/rule-tester';

const zone = (specs: string) =>
  `resource "google_dns_managed_zone" "public" {\n  name     = "example"\n  dns_name = "example.com."\n  dnssec_config {\n    state = "on"\n${specs}  }\n}\n`;
const spec = (algorithm: string, type: string) => `    default_key_specs {\n      algorithm  = ${algorithm}\n      key_length = 2048\n      key_type   = "${type}"\n    }\n`;

ruleTester(rule, {
  good: [
    { name: 'default algorithm', code: zone('') },
    { name: 'rsasha256 and ecdsa', code: zone(spec('"rsasha256"', 'keySigning') + spec('"ecdsap256sha256"', 'zoneSigning')) },
    { name: 'algorithm not known before apply', code: zone(spec('var.algorithm', 'keySigning')) },
  ],
  bad: [
    {
      name: 'key-signing key with RSASHA1',
      code: zone(spec('"rsasha1"', 'keySigning')),
      findings: [{ messageId: 'sha1', line: 7, column: 20, endColumn: 29, suggestions: [{ title: 'Use rsasha256', output: zone(spec('"rsasha256"', 'keySigning')) }] }],
    },
    { name: 'zone-signing key with RSASHA1', code: zone(spec('"rsasha256"', 'keySigning') + spec('"RSASHA1"', 'zoneSigning')), findings: [{ messageId: 'sha1', line: 12, column: 20, endColumn: 29 }] },
    {
      name: 'from a variable default',
      code: zone(spec('var.algorithm', 'zoneSigning')),
      files: { 'variables.tf': 'variable "algorithm" {\n  default = "rsasha1"\n}\n' },
      findings: [{ messageId: 'sha1', line: 7, column: 20, endColumn: 33, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"google_dns_managed_zone": {"z": {"name": "z", "dnssec_config": {"state": "on", "default_key_specs": [{"algorithm": "rsasha1", "key_type": "keySigning"}]}}}}}\n',
      findings: [{ messageId: 'sha1', line: 1 }],
    },
  ],
});

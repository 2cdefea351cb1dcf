import { asString, defineRule } from '../api';
import { inTransit } from '../shared/gcp';
import { googleDoc } from '../shared/gcp-hardening';
import { replaceValue } from '../shared/terraform-edits';
import { attributeOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';

export default defineRule({
  id: 'TF-249',
  title: 'Do not sign Cloud DNS zones with RSASHA1',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['3.2'],
  frameworks: inTransit(),
  docs: {
    rationale:
      'RSASHA1 relies on SHA-1, for which chosen-prefix collisions are practical, and RFC 8624 says not to use it for ' +
      'DNSSEC signing; validating resolvers are dropping support for it, so zones signed with it may stop validating. ' +
      'Cloud DNS uses RSASHA256 unless default_key_specs asks for another algorithm, for key-signing and zone-signing keys alike.',
    remediation: 'Set algorithm = "rsasha256" (or "ecdsap256sha256") in the default_key_specs blocks, then roll the keys.',
    links: [googleDoc('google_dns_managed_zone', 'default_key_specs'), { title: 'Advanced DNSSEC options', url: 'https://cloud.google.com/dns/docs/dnssec-advanced' }],
  },
  messages: {
    sha1: 'The {{keyType}} key uses RSASHA1, a SHA-1 signature algorithm that RFC 8624 deprecates.',
  },
  examples: {
    bad:
      'resource "google_dns_managed_zone" "public" {\n  name     = "example"\n  dns_name = "example.com."\n  dnssec_config {\n    state = "on"\n' +
      '    default_key_specs {\n      algorithm  = "rsasha1"\n      key_length = 2048\n      key_type   = "keySigning"\n    }\n  }\n}\n',
    good:
      'resource "google_dns_managed_zone" "public" {\n  name     = "example"\n  dns_name = "example.com."\n  dnssec_config {\n    state = "on"\n' +
      '    default_key_specs {\n      algorithm  = "rsasha256"\n      key_length = 2048\n      key_type   = "keySigning"\n    }\n  }\n}\n',
  },
  check({ file, module, report }) {
    for (const zone of resourceInstances(moduleFor(file, module), file, 'google_dns_managed_zone')) {
      for (const specs of zone.blocks('dnssec_config').flatMap((config) => config.blocks('default_key_specs'))) {
        const algorithm = attributeOf(specs, 'algorithm');
        if (!algorithm || asString(algorithm.value)?.trim().toLowerCase() !== 'rsasha1') continue;
        const keyType = asString(specs.value('key_type'))?.trim() === 'zoneSigning' ? 'zone-signing' : 'key-signing';
        // A new algorithm means a key rollover and a new DS record: a suggestion, and only on a literal.
        const edit = algorithm.literal ? replaceValue(algorithm.literal, 'rsasha256', 'Use rsasha256') : undefined;
        report({ at: algorithm.at, messageId: 'sha1', data: { keyType }, value: algorithm.value, suggest: edit ? [edit] : [] });
      }
    }
  },
});

import { asString, defineRule } from '../api';
import { inTransit } from '../shared/gcp';
import { googleDoc } from '../shared/gcp-hardening';
import { attributeCheck, type CheckScope } from '../shared/terraform-attribute-check';

/** Whether the zone is public: `visibility` absent (the default) or "public"; undefined when not known. */
function isPublic({ resource }: CheckScope): boolean | undefined {
  const visibility = resource.value('visibility');
  if (!visibility || visibility.kind === 'null') return true;
  const text = asString(visibility);
  return text === undefined ? undefined : text.trim().toLowerCase() === 'public';
}

export default defineRule({
  id: 'TF-248',
  title: 'Turn on DNSSEC for public Cloud DNS zones',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['3.2'],
  frameworks: inTransit(),
  docs: {
    rationale:
      'Without DNSSEC, resolvers cannot tell a genuine answer for the zone from a forged one, so cache poisoning or an ' +
      'on-path attacker can send users and certificate validation to another address. dnssec_config.state defaults ' +
      'to "off" on public managed zones (visibility defaults to "public"); private zones do not support DNSSEC and are not judged.',
    remediation: 'Add dnssec_config { state = "on" } to the zone and publish its DS record at the registrar of the parent domain.',
    links: [googleDoc('google_dns_managed_zone', 'dnssec_config'), { title: 'DNSSEC overview', url: 'https://cloud.google.com/dns/docs/dnssec' }],
  },
  messages: {
    off: 'dnssec_config.state = "{{value}}": answers for this public zone are not signed.',
    missing: 'DNSSEC is not turned on, so answers for this public zone are not signed.',
  },
  examples: {
    bad: 'resource "google_dns_managed_zone" "public" {\n  name     = "example"\n  dns_name = "example.com."\n}\n',
    good: 'resource "google_dns_managed_zone" "public" {\n  name     = "example"\n  dns_name = "example.com."\n  dnssec_config {\n    state = "on"\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['google_dns_managed_zone'],
    path: 'dnssec_config.state',
    compliant: (value, scope) => {
      const state = asString(value)?.trim().toLowerCase();
      if (state === undefined || isPublic(scope) !== true) return undefined;
      return state === 'on' || state === 'transfer';
    },
    absent: (scope) => (isPublic(scope) === true ? 'insecure' : 'compliant'),
    data: (value) => ({ value: asString(value) ?? '' }),
    // Signing only protects once the registrar publishes the DS record: a suggestion.
    remedy: { value: 'on', title: 'Set dnssec_config state = "on"', kind: 'suggest' },
    messages: { insecure: 'off', missing: 'missing' },
  }),
});

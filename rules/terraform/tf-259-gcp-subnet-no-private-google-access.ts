import { asBool, asString, defineRule } from '../api';
import { exposure, googleDoc } from '../shared/gcp-hardening';
import { attributeCheck, mustBeTrue, type CheckScope } from '../shared/terraform-attribute-check';

/** Whether the subnet holds VMs: purpose absent or PRIVATE; proxy-only and PSC subnets cannot use Private Google Access. Undefined when not known. */
function holdsVms({ resource }: CheckScope): boolean | undefined {
  const purpose = resource.value('purpose');
  if (!purpose || purpose.kind === 'null') return true;
  const text = asString(purpose)?.trim().toUpperCase();
  return text === undefined ? undefined : text === 'PRIVATE' || text === 'PRIVATE_RFC_1918';
}

export default defineRule({
  id: 'TF-259',
  title: 'Turn on Private Google Access on VPC subnetworks',
  target: 'terraform',
  severity: 'low',
  // Strict: off by default, and subnets whose VMs all have external addresses or Cloud NAT work without it.
  preset: 'strict',
  requirements: ['2.1'],
  frameworks: exposure(),
  docs: {
    rationale:
      'VMs without external IP addresses reach Google APIs (Cloud Storage, Artifact Registry, Cloud Logging) only ' +
      'through Private Google Access, which private_ip_google_access turns on (the provider default is false). Without ' +
      'it, keeping VMs off the internet means giving them NAT or external addresses just to pull images and write logs.',
    remediation: 'Set private_ip_google_access = true on the subnetwork.',
    links: [googleDoc('google_compute_subnetwork', 'private_ip_google_access'), { title: 'Private Google Access', url: 'https://cloud.google.com/vpc/docs/private-google-access' }],
  },
  messages: {
    disabled: 'private_ip_google_access = false: VMs without external addresses cannot reach Google APIs privately.',
    missing: 'Private Google Access is off, so VMs without external addresses cannot reach Google APIs privately.',
  },
  examples: {
    bad: 'resource "google_compute_subnetwork" "apps" {\n  name          = "apps"\n  ip_cidr_range = "10.0.0.0/24"\n  network       = "vpc"\n}\n',
    good:
      'resource "google_compute_subnetwork" "apps" {\n  name                     = "apps"\n  ip_cidr_range            = "10.0.0.0/24"\n  network                  = "vpc"\n' +
      '  private_ip_google_access = true\n}\n',
  },
  check: attributeCheck({
    resources: ['google_compute_subnetwork'],
    // Safe to turn on (it only adds routes to Google APIs), but it changes the network path: a suggestion.
    ...mustBeTrue('private_ip_google_access'),
    compliant: (value, scope) => (holdsVms(scope) === true ? asBool(value) : undefined),
    absent: (scope) => (holdsVms(scope) === true ? 'insecure' : 'compliant'),
    messages: { insecure: 'disabled', missing: 'missing' },
  }),
});

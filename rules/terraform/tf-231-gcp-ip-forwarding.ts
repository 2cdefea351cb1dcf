import { asBool, defineRule } from '../api';
import { exposure, googleDoc } from '../shared/gcp-hardening';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-231',
  title: 'Do not enable IP forwarding on Compute Engine VMs',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['2.2'],
  frameworks: exposure(),
  docs: {
    rationale:
      'With can_ip_forward = true a VM may send and receive packets whose addresses are not its own, so a compromised ' +
      'VM can route, spoof or intercept traffic of other machines and bypass firewall rules written for them. It is off ' +
      'by default; only NAT gateways, routers and network appliances need it, and they are a deliberate exception.',
    remediation: 'Remove can_ip_forward or set it to false, unless the VM is a router or appliance (then suppress the finding there).',
    links: [googleDoc('google_compute_instance', 'can_ip_forward'), { title: 'Enable IP forwarding for instances', url: 'https://cloud.google.com/vpc/docs/using-routes#canipforward' }],
  },
  messages: {
    enabled: 'can_ip_forward = true lets this VM route and spoof traffic of other addresses.',
  },
  examples: {
    bad: 'resource "google_compute_instance" "vm" {\n  name           = "vm"\n  can_ip_forward = true\n}\n',
    good: 'resource "google_compute_instance" "vm" {\n  name = "vm"\n}\n',
  },
  check: attributeCheck({
    resources: ['google_compute_instance', 'google_compute_instance_template', 'google_compute_region_instance_template'],
    path: 'can_ip_forward',
    compliant: (value) => {
      const enabled = asBool(value);
      return enabled === undefined ? undefined : !enabled;
    },
    absent: 'compliant',
    messages: { insecure: 'enabled', missing: 'enabled' },
    // A router or NAT VM stops forwarding, and the provider replaces the VM: a suggestion.
    remedy: { value: false, title: 'Set can_ip_forward = false', kind: 'suggest', replacesResource: true },
  }),
});

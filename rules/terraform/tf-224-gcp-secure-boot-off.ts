import { defineRule } from '../api';
import { googleDoc, integrity, nodeConfigCheck } from '../shared/gcp-hardening';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

const spec = {
  // The provider replaces the VM or node pool, and unsigned kernel modules stop loading: a suggestion.
  ...mustBeTrue('shielded_instance_config.enable_secure_boot', { replacesResource: true }),
  absent: 'insecure',
  messages: { insecure: 'disabled', missing: 'missing' },
} as const;
const nodes = nodeConfigCheck({ ...spec, path: 'shielded_instance_config.enable_secure_boot' });
const vms = attributeCheck({ ...spec, resources: ['google_compute_instance', 'google_compute_instance_template', 'google_compute_region_instance_template'] });

export default defineRule({
  id: 'TF-224',
  title: 'Enable Secure Boot on Shielded VMs and GKE nodes',
  target: 'terraform',
  severity: 'low',
  // Strict: off by default, and it stops unsigned kernel modules (some GPU and third-party drivers).
  preset: 'strict',
  requirements: ['4.5'],
  frameworks: integrity(),
  docs: {
    rationale:
      'Secure Boot checks the signature of the boot loader, kernel and kernel modules, so a rootkit or bootkit planted ' +
      'by an attacker does not survive a reboot. It is off unless shielded_instance_config.enable_secure_boot is true, ' +
      'for Compute Engine VMs and GKE nodes alike (the provider default is false; vTPM and integrity monitoring default ' +
      'to true).',
    remediation: 'Set shielded_instance_config { enable_secure_boot = true } on the VM, template or node_config, with a Shielded VM image.',
    links: [
      googleDoc('google_compute_instance', 'enable_secure_boot'),
      googleDoc('google_container_node_pool', 'enable_secure_boot'),
      { title: 'Shielded VM', url: 'https://cloud.google.com/compute/shielded-vm/docs/shielded-vm' },
    ],
  },
  messages: {
    disabled: 'enable_secure_boot = false: the boot chain and kernel modules are not verified.',
    missing: 'Secure Boot is not enabled, so the boot chain and kernel modules are not verified.',
  },
  examples: {
    bad: 'resource "google_compute_instance" "vm" {\n  name = "vm"\n}\n',
    good: 'resource "google_compute_instance" "vm" {\n  name = "vm"\n  shielded_instance_config {\n    enable_secure_boot = true\n  }\n}\n',
  },
  check(context) {
    nodes(context);
    vms(context);
  },
});

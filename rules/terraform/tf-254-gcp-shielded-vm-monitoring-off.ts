import { defineRule, type RuleContext } from '../api';
import { googleDoc, integrity, nodeConfigCheck } from '../shared/gcp-hardening';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

const vmTypes = ['google_compute_instance', 'google_compute_instance_template', 'google_compute_region_instance_template'];
const messages = { insecure: 'disabled', missing: 'disabled' } as const;
/** Both default to true: only an explicit false is reported. */
const checks = ['enable_vtpm', 'enable_integrity_monitoring'].flatMap((name) => {
  const spec = { ...mustBeTrue(`shielded_instance_config.${name}`, { replacesResource: true }), absent: 'compliant' as const, messages };
  return [attributeCheck({ ...spec, resources: vmTypes }), nodeConfigCheck({ ...spec, path: `shielded_instance_config.${name}` })];
});

export default defineRule({
  id: 'TF-254',
  title: 'Keep vTPM and integrity monitoring on for Shielded VMs and GKE nodes',
  target: 'terraform',
  severity: 'low',
  // Strict: turned off mostly for images that do not support Shielded VM, where there is no alternative.
  preset: 'strict',
  requirements: ['4.5'],
  frameworks: integrity(),
  docs: {
    rationale:
      'The virtual TPM measures the boot sequence and integrity monitoring compares it with a known-good baseline, so a ' +
      'tampered boot loader or kernel shows up as an integrity failure in Cloud Logging. Both are on by default ' +
      '(enable_vtpm and enable_integrity_monitoring default to true) for VMs, templates and GKE nodes; setting either ' +
      'to false removes that evidence, and without a vTPM integrity monitoring has nothing to measure.',
    remediation: 'Remove enable_vtpm = false and enable_integrity_monitoring = false from shielded_instance_config, using a Shielded VM image.',
    links: [googleDoc('google_compute_instance', 'enable_vtpm'), googleDoc('google_container_node_pool', 'enable_integrity_monitoring'), { title: 'Shielded VM', url: 'https://cloud.google.com/compute/shielded-vm/docs/shielded-vm' }],
  },
  messages: {
    disabled: 'This turns off boot integrity measurement of the Shielded VM.',
  },
  examples: {
    bad: 'resource "google_compute_instance" "vm" {\n  name = "vm"\n  shielded_instance_config {\n    enable_vtpm = false\n  }\n}\n',
    good: 'resource "google_compute_instance" "vm" {\n  name = "vm"\n  shielded_instance_config {\n    enable_secure_boot = true\n  }\n}\n',
  },
  check(context: RuleContext<'terraform', 'disabled'>) {
    for (const check of checks) check(context);
  },
});

import { asString, defineRule, type Fix } from '../api';
import { replaceValue } from '../shared/terraform-edits';
import { attributeOf, memberOf, moduleFor, resourceInstances, type Located } from '../shared/terraform-evaluated';

const metadataTypes = ['google_compute_instance', 'google_compute_instance_template', 'google_compute_region_instance_template', 'google_compute_project_metadata'];
const key = 'serial-port-enable';
const title = 'Disable serial port access';

/** Compute Engine reads boolean metadata as TRUE/FALSE or 1/0, in any case. */
const enabled = (value: Located): boolean | undefined => {
  const text = asString(value.value)?.trim().toLowerCase();
  if (text === 'true' || text === '1') return true;
  if (text === 'false' || text === '0') return false;
  return undefined;
};

export default defineRule({
  id: 'TF-208',
  title: 'Disable interactive serial console access on Compute Engine VMs',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['2.3'],
  frameworks: {
    iso27001: ['A.8.20', 'A.8.5'],
    nist80053: ['AC-17', 'AC-17(1)'],
    cis: ['CIS Google Cloud Platform Foundation Benchmark v4.0.0 4.5'],
  },
  docs: {
    rationale:
      'The serial console of a VM is reached through ssh-serialport.googleapis.com from any IP address: firewall rules ' +
      'do not apply to it, so anyone with the right key and IAM role can log in from anywhere. It is off unless the ' +
      'serial-port-enable metadata key is true on the VM or on the project.',
    remediation: 'Remove the serial-port-enable metadata key or set it to FALSE, and use IAP TCP forwarding or OS Login for access.',
    links: [
      { title: 'Interacting with the serial console', url: 'https://cloud.google.com/compute/docs/troubleshooting/troubleshooting-using-serial-console' },
      { title: 'google_compute_instance', url: 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#metadata' },
    ],
  },
  messages: {
    enabled: 'serial-port-enable = {{value}} opens the serial console to connections from any address.',
  },
  examples: {
    bad: 'resource "google_compute_instance" "vm" {\n  name     = "vm"\n  metadata = {\n    serial-port-enable = "TRUE"\n  }\n}\n',
    good: 'resource "google_compute_instance" "vm" {\n  name     = "vm"\n  metadata = {\n    enable-oslogin = "TRUE"\n  }\n}\n',
  },
  check({ file, module, report }) {
    const project = moduleFor(file, module);
    const flag = (value: Located | undefined) => {
      if (!value || enabled(value) !== true) return;
      // Safe unattended: no workload uses the interactive console.
      const literal = value.literal;
      const fix: Fix | undefined = literal ? replaceValue(literal, literal.kind === 'bool' ? false : literal.kind === 'number' ? 0 : 'FALSE', title) : undefined;
      report({ at: value.at, messageId: 'enabled', data: { value: asString(value.value) ?? '' }, value: value.value, fix });
    };
    for (const type of metadataTypes) {
      for (const resource of resourceInstances(project, file, type)) flag(memberOf(attributeOf(resource, 'metadata'), key));
    }
    for (const item of resourceInstances(project, file, 'google_compute_project_metadata_item')) {
      const name = item.value('key');
      if (name && asString(name)?.trim() === key) flag(attributeOf(item, 'value'));
    }
  },
});

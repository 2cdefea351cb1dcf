import { asString, defineRule, type Fix } from '../api';
import { cisGcp, managementAccess } from '../shared/gcp-hardening';
import { replaceValue } from '../shared/terraform-edits';
import { attributeOf, memberOf, moduleFor, resourceInstances, type Located } from '../shared/terraform-evaluated';

const metadataTypes = ['google_compute_instance', 'google_compute_instance_template', 'google_compute_region_instance_template', 'google_compute_project_metadata'];
const key = 'enable-oslogin';
const title = 'Set enable-oslogin = "TRUE"';

/** Compute Engine reads boolean metadata as TRUE/FALSE or 1/0, in any case. */
const isOff = (value: Located): boolean => ['false', '0'].includes(asString(value.value)?.trim().toLowerCase() ?? '');

export default defineRule({
  id: 'TF-230',
  title: 'Do not turn OS Login off on Compute Engine VMs or projects',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['2.3', '1.4'],
  frameworks: managementAccess(cisGcp('4.4')),
  docs: {
    rationale:
      'OS Login ties SSH access to IAM identities, with two-step verification and central revocation; without it, ' +
      'anyone who can write metadata adds SSH keys that no one reviews and that outlive the person. enable-oslogin = ' +
      '"FALSE" in the metadata of a VM, a template or the project turns it off for them, whatever the project or ' +
      'organization policy says for the others.',
    remediation: 'Remove enable-oslogin = "FALSE" (or set it to "TRUE") and grant roles/compute.osLogin or osAdminLogin to those who need SSH.',
    links: [
      { title: 'About OS Login', url: 'https://cloud.google.com/compute/docs/oslogin' },
      { title: 'google_compute_instance', url: 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#metadata' },
    ],
  },
  messages: {
    disabled: 'enable-oslogin = "{{value}}" turns OS Login off: SSH access relies on unreviewed metadata keys.',
  },
  examples: {
    bad: 'resource "google_compute_instance" "vm" {\n  name     = "vm"\n  metadata = {\n    enable-oslogin = "FALSE"\n  }\n}\n',
    good: 'resource "google_compute_instance" "vm" {\n  name     = "vm"\n  metadata = {\n    enable-oslogin = "TRUE"\n  }\n}\n',
  },
  check({ file, module, report }) {
    const project = moduleFor(file, module);
    const flag = (value: Located | undefined) => {
      if (!value || !isOff(value)) return;
      // Users whose keys are only in metadata lose access: a suggestion.
      const literal = value.literal;
      const suggest: Fix[] = literal ? [replaceValue(literal, literal.kind === 'bool' ? true : literal.kind === 'number' ? 1 : 'TRUE', title)] : [];
      report({ at: value.at, messageId: 'disabled', data: { value: asString(value.value) ?? '' }, value: value.value, suggest });
    };
    for (const type of metadataTypes) {
      for (const resource of resourceInstances(project, file, type)) flag(memberOf(attributeOf(resource, 'metadata'), key));
    }
    for (const item of resourceInstances(project, file, 'google_compute_project_metadata_item')) {
      if (asString(item.value('key'))?.trim() === key) flag(attributeOf(item, 'value'));
    }
  },
});

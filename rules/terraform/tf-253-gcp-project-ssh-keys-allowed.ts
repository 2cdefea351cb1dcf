import { asString, defineRule } from '../api';
import { cisGcp, managementAccess } from '../shared/gcp-hardening';
import { replaceValue } from '../shared/terraform-edits';
import { attributeOf, memberOf, moduleFor, resourceInstances, type Located } from '../shared/terraform-evaluated';
import { headerAnchor, isOverrideFile } from '../shared/terraform-values';

const instanceTypes = ['google_compute_instance', 'google_compute_instance_template', 'google_compute_region_instance_template'];
const key = 'block-project-ssh-keys';

/** Compute Engine reads boolean metadata as TRUE/FALSE or 1/0, in any case; undefined when not known. */
function flagOf(value: Located | undefined): boolean | undefined {
  const text = value && asString(value.value)?.trim().toLowerCase();
  if (text === undefined) return undefined;
  if (['true', '1'].includes(text)) return true;
  return ['false', '0'].includes(text) ? false : undefined;
}

export default defineRule({
  id: 'TF-253',
  title: 'Block project-wide SSH keys on Compute Engine VMs',
  target: 'terraform',
  severity: 'low',
  // Strict: unset by default, and OS Login set at the project (not visible here) makes metadata keys moot.
  preset: 'strict',
  requirements: ['2.3'],
  frameworks: managementAccess(cisGcp('4.3')),
  docs: {
    rationale:
      'An SSH key in project metadata opens every VM of the project that does not set block-project-ssh-keys = "TRUE", ' +
      'so one leaked key reaches them all, including VMs added later. A VM that sets enable-oslogin = "TRUE" ignores ' +
      'metadata keys and is not reported.',
    remediation: 'Set metadata block-project-ssh-keys = "TRUE" on the VM or template (or enable OS Login), and put the keys it needs in its own metadata.',
    links: [
      { title: 'google_compute_instance', url: 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#metadata' },
      { title: 'Block project SSH keys', url: 'https://cloud.google.com/compute/docs/connect/restrict-ssh-keys#block-keys' },
    ],
  },
  messages: {
    allowed: 'block-project-ssh-keys = "{{value}}": project-wide SSH keys open this VM.',
    missing: 'block-project-ssh-keys is not set, so project-wide SSH keys open this VM.',
  },
  examples: {
    bad: 'resource "google_compute_instance" "vm" {\n  name = "vm"\n}\n',
    good: 'resource "google_compute_instance" "vm" {\n  name     = "vm"\n  metadata = {\n    block-project-ssh-keys = "TRUE"\n  }\n}\n',
  },
  check({ file, module, report }) {
    if (isOverrideFile(file)) return;
    const project = moduleFor(file, module);
    for (const type of instanceTypes) {
      for (const instance of resourceInstances(project, file, type)) {
        const metadata = attributeOf(instance, 'metadata');
        if (metadata && metadata.value.kind !== 'null' && metadata.value.kind !== 'object') continue;
        const block = memberOf(metadata, key);
        const blocked = flagOf(block);
        if (blocked === false && block) {
          // Users whose keys are only in project metadata lose access: a suggestion.
          const literal = block.literal;
          const suggest = literal ? [replaceValue(literal, literal.kind === 'bool' ? true : 'TRUE', `Set ${key} = "TRUE"`)] : [];
          report({ at: block.at, messageId: 'allowed', data: { value: asString(block.value) ?? '' }, value: block.value, suggest });
          continue;
        }
        if (block || flagOf(memberOf(metadata, 'enable-oslogin')) === true) continue;
        report({ at: metadata?.at ?? headerAnchor(file, instance.block), messageId: 'missing', value: metadata?.value });
      }
    }
  },
});

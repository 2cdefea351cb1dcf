import { defineRule, type BlockView, type Range, type TerraformModule } from '../api';
import { insertAttribute, replaceValue } from '../shared/terraform-edits';
import { asBool, attributeOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { headerAnchor, isOverrideFile } from '../shared/terraform-values';

/**
 * Whether the module turns on EBS encryption by default for the account and region, in any of
 * its files: `on` (an `aws_ebs_encryption_by_default` whose `enabled` is absent or true),
 * `unknown` (not known before apply), or `off`.
 */
function encryptionByDefault(module: TerraformModule): 'on' | 'off' | 'unknown' {
  let state: 'off' | 'unknown' = 'off';
  for (const resource of module.resources('aws_ebs_encryption_by_default')) {
    for (const instance of module.instances(resource)) {
      const enabled = instance.value('enabled');
      const value = !enabled || enabled.kind === 'null' ? true : asBool(enabled);
      if (value === true) return 'on';
      if (value === undefined) state = 'unknown';
    }
  }
  return state;
}

/** True when an argument is set to something other than null (or may be). */
function isSet(view: BlockView, name: string): boolean {
  const value = view.value(name);
  return value !== undefined && value.kind !== 'null';
}

export default defineRule({
  id: 'TF-004',
  title: 'Encrypt EBS volumes',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['3.1'],
  frameworks: {
    iso27001: ['A.8.24'],
    nist80053: ['SC-28', 'SC-28(1)'],
    cis: ['CIS Amazon Web Services Foundations Benchmark v3.0.0 2.2.1'],
  },
  docs: {
    rationale:
      'An unencrypted EBS volume keeps its data, and every snapshot taken from it, in clear text: anyone who can share ' +
      'or copy the snapshot reads it. Volumes are only encrypted when they ask for it or when EBS encryption by default ' +
      'is on for the account and region.',
    remediation:
      'Set encrypted = true on the volume or block device (optionally with a customer-managed kms_key_id), or enable ' +
      'aws_ebs_encryption_by_default for the account and region.',
    links: [
      { title: 'aws_ebs_volume', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ebs_volume' },
      {
        title: 'aws_ebs_encryption_by_default',
        url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ebs_encryption_by_default',
      },
      { title: 'Amazon EBS encryption', url: 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html' },
    ],
  },
  messages: {
    disabled: 'encrypted = false: this EBS volume and its snapshots are stored unencrypted.',
    missing: 'This EBS volume does not set encrypted = true, and the module does not turn on EBS encryption by default.',
  },
  examples: {
    bad: 'resource "aws_ebs_volume" "data" {\n  availability_zone = "eu-west-1a"\n  size              = 100\n}\n',
    good: 'resource "aws_ebs_volume" "data" {\n  availability_zone = "eu-west-1a"\n  size              = 100\n  encrypted         = true\n}\n',
  },
  check({ file, module, report }) {
    const project = moduleFor(file, module);
    if (encryptionByDefault(project) !== 'off') return;

    // Only suggestions: encryption cannot be switched on in place, the provider replaces the
    // volume (or, for a launch template, creates a new version that only new instances use).
    // A value that comes from a variable or a local gets no edit: it may serve other resources.
    const inspect = (body: BlockView, missingAt: Range) => {
      const encrypted = attributeOf(body, 'encrypted');
      if (encrypted && encrypted.value.kind !== 'null') {
        if (asBool(encrypted.value) === false) {
          const suggest = encrypted.literal ? [replaceValue(encrypted.literal, true, 'Set encrypted = true')] : [];
          report({ at: encrypted.at, messageId: 'disabled', suggest, value: encrypted.value });
        }
        return;
      }
      // A volume restored from a snapshot inherits the snapshot's encryption, which is not visible here;
      // in an override file the argument may be set on the block it patches.
      if (isSet(body, 'snapshot_id') || isOverrideFile(file)) return;
      if (encrypted) {
        // `encrypted = null` leaves the argument unset.
        const suggest = encrypted.literal ? [replaceValue(encrypted.literal, true, 'Set encrypted = true')] : [];
        report({ at: encrypted.at, messageId: 'missing', suggest, value: encrypted.value });
        return;
      }
      const edit = insertAttribute(file, body.block, 'encrypted', true, 'Set encrypted = true');
      report({ at: missingAt, messageId: 'missing', suggest: edit ? [edit] : [] });
    };

    for (const volume of resourceInstances(project, file, 'aws_ebs_volume')) inspect(volume, headerAnchor(file, volume.block));
    // Only the block devices the configuration describes: without a root_block_device block the
    // root volume follows the AMI's mapping, which the configuration does not show.
    for (const type of ['aws_instance', 'aws_launch_configuration']) {
      for (const instance of resourceInstances(project, file, type)) {
        for (const device of [...instance.blocks('root_block_device'), ...instance.blocks('ebs_block_device')]) {
          inspect(device, device.block.typeRange);
        }
      }
    }
    // An `ebs {}` mapping without `encrypted` leaves it to the snapshot and the account default; with
    // no snapshot and no default the volume is created unencrypted, so it is reported like the others.
    for (const template of resourceInstances(project, file, 'aws_launch_template')) {
      for (const mapping of template.blocks('block_device_mappings')) {
        if (isSet(mapping, 'no_device')) continue;
        for (const ebs of mapping.blocks('ebs')) inspect(ebs, ebs.block.typeRange);
      }
    }
  },
});

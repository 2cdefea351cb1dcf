import { defineRule } from '../../server/src/engine/rule';
import type { Range } from '../../server/src/engine/text';
import type { TerraformFile, TfBlock } from '../../server/src/parsers/terraform/model';
import { insertAttribute, replaceValue } from '../shared/terraform-edits';
import { createsNothing, headerAnchor, isOverrideFile, literalBool } from '../shared/terraform-values';

/**
 * Whether the configuration turns on EBS encryption by default for the account and region:
 * `on` (an `aws_ebs_encryption_by_default` whose `enabled` is absent or true), `unknown`
 * (computed), or `off`.
 */
function encryptionByDefault(file: TerraformFile): 'on' | 'off' | 'unknown' {
  let state: 'off' | 'unknown' = 'off';
  for (const resource of file.resources('aws_ebs_encryption_by_default')) {
    if (createsNothing(resource)) continue;
    const enabled = resource.attribute('enabled')?.value;
    const value = enabled ? literalBool(enabled) : true;
    if (value === true) return 'on';
    if (value === undefined) state = 'unknown';
  }
  return state;
}

export default defineRule({
  id: 'TF-004',
  title: 'Encrypt EBS volumes',
  target: 'terraform',
  severity: 'high',
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
    missing: 'This EBS volume does not set encrypted = true, and this file does not turn on EBS encryption by default.',
  },
  examples: {
    bad: 'resource "aws_ebs_volume" "data" {\n  availability_zone = "eu-west-1a"\n  size              = 100\n}\n',
    good: 'resource "aws_ebs_volume" "data" {\n  availability_zone = "eu-west-1a"\n  size              = 100\n  encrypted         = true\n}\n',
  },
  check({ file, report }) {
    if (encryptionByDefault(file) !== 'off') return;

    // Only suggestions: encryption cannot be switched on in place, the provider replaces the
    // volume (or, for a launch template, creates a new version that only new instances use).
    const inspect = (body: TfBlock, missingAt: Range) => {
      const encrypted = body.attribute('encrypted');
      if (encrypted) {
        if (literalBool(encrypted.value) === false) {
          report({ at: encrypted.value.range, messageId: 'disabled', suggest: [replaceValue(encrypted.value, true, 'Set encrypted = true')] });
        }
        return;
      }
      // A volume restored from a snapshot inherits the snapshot's encryption, which is not visible here;
      // in an override file the argument may be set on the block it patches.
      if (body.attribute('snapshot_id') || isOverrideFile(file)) return;
      const edit = insertAttribute(file, body, 'encrypted', true, 'Set encrypted = true');
      report({ at: missingAt, messageId: 'missing', suggest: edit ? [edit] : [] });
    };

    for (const volume of file.resources('aws_ebs_volume')) {
      if (!createsNothing(volume)) inspect(volume, headerAnchor(file, volume));
    }
    // Only the block devices the configuration describes: without a root_block_device block the
    // root volume follows the AMI's mapping, which the configuration does not show.
    for (const type of ['aws_instance', 'aws_launch_configuration']) {
      for (const instance of file.resources(type)) {
        if (createsNothing(instance)) continue;
        for (const device of [...instance.blocksOf('root_block_device'), ...instance.blocksOf('ebs_block_device')]) {
          inspect(device, device.typeRange);
        }
      }
    }
    // An `ebs {}` mapping without `encrypted` leaves it to the snapshot and the account default; with
    // no snapshot and no default the volume is created unencrypted, so it is reported like the others.
    for (const template of file.resources('aws_launch_template')) {
      if (createsNothing(template)) continue;
      for (const mapping of template.blocksOf('block_device_mappings')) {
        if (mapping.attribute('no_device')) continue;
        for (const ebs of mapping.blocksOf('ebs')) inspect(ebs, ebs.typeRange);
      }
    }
  },
});

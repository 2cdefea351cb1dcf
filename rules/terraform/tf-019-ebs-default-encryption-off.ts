import { defineRule } from '../api';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';
import { encryptionAtRest } from '../shared/frameworks';

export default defineRule({
  id: 'TF-019',
  title: 'Do not turn off EBS encryption by default',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['3.1'],
  frameworks: encryptionAtRest('CIS Amazon Web Services Foundations Benchmark v3.0.0 2.2.1'),
  docs: {
    rationale:
      'aws_ebs_encryption_by_default with enabled = false turns the account and region setting off: every new volume ' +
      'and snapshot copy that does not ask for encryption itself is then created unencrypted.',
    remediation: 'Set enabled = true, or remove the argument (its default is true).',
    links: [
      {
        title: 'aws_ebs_encryption_by_default',
        url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ebs_encryption_by_default',
      },
      { title: 'Encryption by default', url: 'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html' },
    ],
  },
  messages: {
    disabled: 'enabled = false turns off EBS encryption by default for this account and region.',
    missing: 'EBS encryption by default is not enabled.',
  },
  examples: {
    bad: 'resource "aws_ebs_encryption_by_default" "this" {\n  enabled = false\n}\n',
    good: 'resource "aws_ebs_encryption_by_default" "this" {\n  enabled = true\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_ebs_encryption_by_default'],
    // Only new volumes are affected, but launches that share unencrypted snapshots or AMIs across
    // accounts then need KMS grants: a person decides.
    ...mustBeTrue('enabled'),
    absent: 'compliant',
    messages: { insecure: 'disabled', missing: 'missing' },
  }),
});

import { defineRule } from '../api';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';
import { encryptionAtRest } from '../shared/frameworks';

export default defineRule({
  id: 'TF-013',
  title: 'Encrypt EFS file systems',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['3.1'],
  frameworks: encryptionAtRest('CIS Amazon Web Services Foundations Benchmark v3.0.0 2.4.1'),
  docs: {
    rationale:
      'The EFS API creates file systems unencrypted unless encrypted is true (only the console ticks the box for you): ' +
      'files and their backups are then stored in clear text, and an existing file system cannot be encrypted in place.',
    remediation: 'Set encrypted = true (optionally with a customer-managed kms_key_id) and copy the data to the new file system.',
    links: [
      { title: 'aws_efs_file_system', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/efs_file_system#encrypted' },
      { title: 'Encrypting data at rest in Amazon EFS', url: 'https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html' },
    ],
  },
  messages: {
    disabled: 'encrypted = false: the files of this EFS file system are stored unencrypted.',
    missing: 'encrypted is not set, so this EFS file system is created unencrypted.',
  },
  examples: {
    bad: 'resource "aws_efs_file_system" "shared" {\n  creation_token = "shared"\n}\n',
    good: 'resource "aws_efs_file_system" "shared" {\n  creation_token = "shared"\n  encrypted      = true\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_efs_file_system'],
    ...mustBeTrue('encrypted', { replacesResource: true }),
    absent: 'insecure',
    // The API rejects a key without encryption; with a key it is an encrypted file system.
    undecidableWhenSet: ['kms_key_id'],
    messages: { insecure: 'disabled', missing: 'missing' },
  }),
});

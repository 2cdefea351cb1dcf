import { asString, defineRule } from '../api';
import { customerKeyCheck, customerKeyRule } from '../shared/aws-data';

export default defineRule({
  id: 'TF-054',
  title: 'Encrypt FSx file systems with a customer-managed KMS key',
  ...customerKeyRule(),
  docs: {
    rationale:
      'FSx for Windows File Server, NetApp ONTAP, OpenZFS and persistent Lustre file systems are always encrypted at rest, with the AWS managed aws/fsx key unless kms_key_id names one of yours. That key\'s policy cannot be changed, so access to the data and its backups is governed by IAM alone and cannot be cut by disabling the key; that is why this is only in the strict preset. Scratch Lustre file systems take no key and are not reported.',
    remediation: 'Set kms_key_id to a customer-managed KMS key (the file system is replaced).',
    links: [
      { title: 'aws_fsx_windows_file_system', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/fsx_windows_file_system#kms_key_id' },
      { title: 'aws_fsx_lustre_file_system', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/fsx_lustre_file_system#kms_key_id' },
      { title: 'Data encryption in Amazon FSx', url: 'https://docs.aws.amazon.com/fsx/latest/WindowsGuide/encryption.html' },
    ],
  },
  messages: {
    empty: 'kms_key_id is empty: the file system uses the AWS managed aws/fsx key.',
    missing: 'This file system sets no kms_key_id, so it is encrypted with the AWS managed aws/fsx key.',
  },
  examples: {
    bad: 'resource "aws_fsx_windows_file_system" "main" {\n  storage_capacity    = 32\n  subnet_ids          = [aws_subnet.main.id]\n  throughput_capacity = 32\n}\n',
    good: 'resource "aws_fsx_windows_file_system" "main" {\n  storage_capacity    = 32\n  subnet_ids          = [aws_subnet.main.id]\n  throughput_capacity = 32\n  kms_key_id = aws_kms_key.main.arn\n}\n',
  },
  check: customerKeyCheck(['aws_fsx_windows_file_system', 'aws_fsx_ontap_file_system', 'aws_fsx_openzfs_file_system', 'aws_fsx_lustre_file_system'], 'kms_key_id', { insecure: 'empty', missing: 'missing' },
    {
      // Scratch Lustre file systems (SCRATCH_1 by default) take no key: FSx encrypts them with keys it manages.
      absent: ({ resource }) => {
        if (resource.block.labels[0]?.value !== 'aws_fsx_lustre_file_system') return 'insecure';
        const type = resource.value('deployment_type');
        if (type === undefined || type.kind === 'null') return 'compliant';
        const name = asString(type);
        return name === undefined ? 'unknown' : name.startsWith('PERSISTENT') ? 'insecure' : 'compliant';
      },
    }),
});

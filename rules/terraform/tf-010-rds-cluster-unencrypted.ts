import { asString, defineRule } from '../api';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';
import { encryptionAtRest } from '../shared/frameworks';

export default defineRule({
  id: 'TF-010',
  title: 'Encrypt RDS and Aurora DB cluster storage',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['3.1'],
  frameworks: encryptionAtRest('CIS Amazon Web Services Foundations Benchmark v3.0.0 2.3.1'),
  docs: {
    rationale:
      'A provisioned Aurora or Multi-AZ DB cluster is created unencrypted unless storage_encrypted is true (only the ' +
      'legacy serverless engine mode encrypts by default): its volume, backups and snapshots then hold the data in ' +
      'clear text, and encryption cannot be added later without restoring a copy.',
    remediation: 'Set storage_encrypted = true (optionally with a customer-managed kms_key_id) when the cluster is created.',
    links: [
      { title: 'aws_rds_cluster', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/rds_cluster#storage_encrypted' },
      { title: 'Encrypting Amazon Aurora resources', url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.Encryption.html' },
    ],
  },
  messages: {
    disabled: 'storage_encrypted = false: the DB cluster volume, its backups and snapshots are stored unencrypted.',
    missing: 'storage_encrypted is not set, so this DB cluster is created unencrypted.',
  },
  examples: {
    bad: 'resource "aws_rds_cluster" "main" {\n  engine = "aurora-postgresql"\n}\n',
    good: 'resource "aws_rds_cluster" "main" {\n  engine            = "aurora-postgresql"\n  storage_encrypted = true\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_rds_cluster'],
    ...mustBeTrue('storage_encrypted', { replacesResource: true }),
    absent: ({ resource }) => {
      const mode = resource.value('engine_mode');
      if (mode === undefined || mode.kind === 'null') return 'insecure';
      const name = asString(mode);
      return name === undefined ? 'unknown' : name === 'serverless' ? 'compliant' : 'insecure';
    },
    // Restores, replicas and secondary clusters of a global database take the encryption of
    // their source, which the configuration does not show.
    undecidableWhenSet: ['snapshot_identifier', 'replication_source_identifier', 'global_cluster_identifier', 'restore_to_point_in_time', 'kms_key_id'],
    messages: { insecure: 'disabled', missing: 'missing' },
  }),
});

import { defineRule } from '../api';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';
import { encryptionAtRest } from '../shared/frameworks';

export default defineRule({
  id: 'TF-011',
  title: 'Encrypt DocumentDB cluster storage',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['3.1'],
  frameworks: encryptionAtRest(),
  docs: {
    rationale:
      'Amazon DocumentDB creates clusters unencrypted unless storage_encrypted is true: the cluster volume, its ' +
      'backups and snapshots then hold the documents in clear text, and an existing cluster cannot be encrypted in place.',
    remediation: 'Set storage_encrypted = true (optionally with a customer-managed kms_key_id) when the cluster is created.',
    links: [
      { title: 'aws_docdb_cluster', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/docdb_cluster#storage_encrypted' },
      { title: 'Encrypting Amazon DocumentDB data at rest', url: 'https://docs.aws.amazon.com/documentdb/latest/developerguide/encryption-at-rest.html' },
    ],
  },
  messages: {
    disabled: 'storage_encrypted = false: the DocumentDB cluster, its backups and snapshots are stored unencrypted.',
    missing: 'storage_encrypted is not set, so DocumentDB creates this cluster unencrypted.',
  },
  examples: {
    bad: 'resource "aws_docdb_cluster" "docs" {\n  cluster_identifier = "docs"\n}\n',
    good: 'resource "aws_docdb_cluster" "docs" {\n  cluster_identifier = "docs"\n  storage_encrypted  = true\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_docdb_cluster'],
    ...mustBeTrue('storage_encrypted', { replacesResource: true }),
    absent: 'insecure',
    // A restore or a secondary cluster of a global cluster takes its source's encryption.
    undecidableWhenSet: ['snapshot_identifier', 'global_cluster_identifier', 'restore_to_point_in_time', 'kms_key_id'],
    messages: { insecure: 'disabled', missing: 'missing' },
  }),
});

import { defineRule } from '../api';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';
import { encryptionAtRest } from '../shared/frameworks';

export default defineRule({
  id: 'TF-012',
  title: 'Encrypt Neptune cluster storage',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['3.1'],
  frameworks: encryptionAtRest(),
  docs: {
    rationale:
      'Amazon Neptune creates clusters unencrypted unless storage_encrypted is true: the graph data, its backups and ' +
      'snapshots are then stored in clear text, and an existing cluster cannot be encrypted in place.',
    remediation: 'Set storage_encrypted = true (optionally with a customer-managed kms_key_arn) when the cluster is created.',
    links: [
      { title: 'aws_neptune_cluster', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/neptune_cluster#storage_encrypted' },
      { title: 'Encrypting Neptune resources at rest', url: 'https://docs.aws.amazon.com/neptune/latest/userguide/encrypt.html' },
    ],
  },
  messages: {
    disabled: 'storage_encrypted = false: the Neptune cluster, its backups and snapshots are stored unencrypted.',
    missing: 'storage_encrypted is not set, so Neptune creates this cluster unencrypted.',
  },
  examples: {
    bad: 'resource "aws_neptune_cluster" "graph" {\n  cluster_identifier = "graph"\n}\n',
    good: 'resource "aws_neptune_cluster" "graph" {\n  cluster_identifier = "graph"\n  storage_encrypted  = true\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_neptune_cluster'],
    ...mustBeTrue('storage_encrypted', { replacesResource: true }),
    absent: 'insecure',
    // A restore, a read replica or a secondary of a global database takes its source's encryption.
    undecidableWhenSet: ['snapshot_identifier', 'replication_source_identifier', 'global_cluster_identifier', 'kms_key_arn'],
    messages: { insecure: 'disabled', missing: 'missing' },
  }),
});

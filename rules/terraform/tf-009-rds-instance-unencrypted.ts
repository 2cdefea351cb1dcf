import { asString, defineRule } from '../api';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';
import { encryptionAtRest } from '../shared/frameworks';

export default defineRule({
  id: 'TF-009',
  title: 'Encrypt RDS DB instance storage',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['3.1'],
  frameworks: encryptionAtRest('CIS Amazon Web Services Foundations Benchmark v3.0.0 2.3.1'),
  docs: {
    rationale:
      'RDS creates DB instances unencrypted unless storage_encrypted is true: the storage, its automated backups, read ' +
      'replicas and snapshots then hold the data in clear text, and encryption cannot be switched on later without ' +
      'restoring a copy. Aurora instances are left out: their cluster decides.',
    remediation: 'Set storage_encrypted = true (optionally with a customer-managed kms_key_id) when the instance is created.',
    links: [
      { title: 'aws_db_instance', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#storage_encrypted' },
      { title: 'Encrypting Amazon RDS resources', url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html' },
    ],
  },
  messages: {
    disabled: 'storage_encrypted = false: the DB instance, its backups and snapshots are stored unencrypted.',
    missing: 'storage_encrypted is not set, so RDS creates this DB instance unencrypted.',
  },
  examples: {
    bad: 'resource "aws_db_instance" "main" {\n  engine         = "postgres"\n  instance_class = "db.t4g.micro"\n}\n',
    good: 'resource "aws_db_instance" "main" {\n  engine            = "postgres"\n  instance_class    = "db.t4g.micro"\n  storage_encrypted = true\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_db_instance'],
    ...mustBeTrue('storage_encrypted', { replacesResource: true }),
    // An Aurora instance is encrypted by its cluster, and RDS Custom accepts only encrypted
    // storage; a replica, a restored snapshot or point in time inherits the encryption of its
    // source, which the configuration does not show.
    absent: ({ resource }) => {
      const engine = resource.value('engine');
      if (engine === undefined) return 'insecure';
      const name = asString(engine)?.trim().toLowerCase();
      if (name === undefined) return 'unknown';
      return name.startsWith('aurora') || name.startsWith('custom-') ? 'compliant' : 'insecure';
    },
    undecidableWhenSet: ['replicate_source_db', 'snapshot_identifier', 'restore_to_point_in_time', 'kms_key_id'],
    messages: { insecure: 'disabled', missing: 'missing' },
  }),
});

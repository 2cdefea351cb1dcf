import { defineRule } from '../api';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';
import { encryptionAtRest } from '../shared/frameworks';

export default defineRule({
  id: 'TF-015',
  title: 'Do not turn off Redshift cluster encryption',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['3.1'],
  frameworks: encryptionAtRest(),
  docs: {
    rationale:
      'encrypted = false keeps the data blocks, system metadata and snapshots of a Redshift cluster in clear text. ' +
      'Amazon Redshift now encrypts new clusters by default, so only an explicit false is reported: an absent argument ' +
      'is left to the API default.',
    remediation: 'Set encrypted = true (optionally with a customer-managed kms_key_id); Redshift migrates the data to an encrypted cluster.',
    links: [
      { title: 'aws_redshift_cluster', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_cluster#encrypted' },
      { title: 'Amazon Redshift database encryption', url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html' },
    ],
  },
  messages: {
    disabled: 'encrypted = false: this Redshift cluster and its snapshots are stored unencrypted.',
    missing: 'encrypted is not set on this Redshift cluster.',
  },
  examples: {
    bad: 'resource "aws_redshift_cluster" "dw" {\n  cluster_identifier = "dw"\n  node_type          = "ra3.xlplus"\n  encrypted          = false\n}\n',
    good: 'resource "aws_redshift_cluster" "dw" {\n  cluster_identifier = "dw"\n  node_type          = "ra3.xlplus"\n  encrypted          = true\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_redshift_cluster'],
    // In place: Redshift migrates the cluster, which takes hours and makes it read-only meanwhile.
    ...mustBeTrue('encrypted'),
    // The API encrypts new clusters by default, but whether an absent argument reaches it unset
    // or as false depends on the provider version: not decided.
    absent: 'unknown',
    messages: { insecure: 'disabled', missing: 'missing' },
  }),
});

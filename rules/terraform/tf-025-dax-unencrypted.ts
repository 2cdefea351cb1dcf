import { defineRule } from '../api';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';
import { encryptionAtRest } from '../shared/frameworks';

export default defineRule({
  id: 'TF-025',
  title: 'Encrypt DynamoDB Accelerator (DAX) clusters at rest',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['3.1'],
  frameworks: encryptionAtRest(),
  docs: {
    rationale:
      'A DAX cluster caches DynamoDB items on its nodes, and without server_side_encryption { enabled = true } that ' +
      'cache, its configuration and its logs are stored unencrypted, even when the table behind it is encrypted. The ' +
      'setting cannot be changed after the cluster is created.',
    remediation: 'Add server_side_encryption { enabled = true } and replace the cluster.',
    links: [
      { title: 'aws_dax_cluster', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dax_cluster#server_side_encryption' },
      { title: 'DAX encryption at rest', url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionAtRest.html' },
    ],
  },
  messages: {
    disabled: 'server_side_encryption is disabled: this DAX cluster caches items unencrypted.',
    missing: 'This DAX cluster does not enable server_side_encryption, which is off by default.',
  },
  examples: {
    bad: 'resource "aws_dax_cluster" "cache" {\n  cluster_name       = "cache"\n  node_type          = "dax.r5.large"\n  replication_factor = 3\n}\n',
    good:
      'resource "aws_dax_cluster" "cache" {\n  cluster_name       = "cache"\n  node_type          = "dax.r5.large"\n  replication_factor = 3\n\n' +
      '  server_side_encryption {\n    enabled = true\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_dax_cluster'],
    ...mustBeTrue('server_side_encryption.enabled', { replacesResource: true, title: 'Enable server-side encryption' }),
    absent: 'insecure',
    messages: { insecure: 'disabled', missing: 'missing' },
  }),
});

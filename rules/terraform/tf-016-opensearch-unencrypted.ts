import { defineRule } from '../api';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';
import { encryptionAtRest } from '../shared/frameworks';

export default defineRule({
  id: 'TF-016',
  title: 'Encrypt OpenSearch and Elasticsearch domains at rest',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['3.1'],
  frameworks: encryptionAtRest(),
  docs: {
    rationale:
      'Without an encrypt_at_rest block with enabled = true, an OpenSearch Service domain stores its indexes, logs, swap ' +
      'files and automated snapshots in clear text.',
    remediation: 'Add encrypt_at_rest { enabled = true } (optionally with a customer-managed kms_key_id).',
    links: [
      { title: 'aws_opensearch_domain', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#encrypt_at_rest' },
      {
        title: 'Encryption of data at rest for Amazon OpenSearch Service',
        url: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html',
      },
    ],
  },
  messages: {
    disabled: 'encrypt_at_rest is disabled: the indexes and snapshots of this domain are stored unencrypted.',
    missing: 'This domain does not enable encrypt_at_rest, which is off by default.',
  },
  examples: {
    bad: 'resource "aws_opensearch_domain" "search" {\n  domain_name    = "search"\n  engine_version = "OpenSearch_2.13"\n}\n',
    good:
      'resource "aws_opensearch_domain" "search" {\n  domain_name    = "search"\n  engine_version = "OpenSearch_2.13"\n\n' +
      '  encrypt_at_rest {\n    enabled = true\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
    // Recent engines enable it in place, older Elasticsearch versions need a new domain.
    ...mustBeTrue('encrypt_at_rest.enabled', { title: 'Enable encryption at rest' }),
    absent: 'insecure',
    messages: { insecure: 'disabled', missing: 'missing' },
  }),
});

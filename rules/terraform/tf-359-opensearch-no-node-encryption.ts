import { defineRule } from '../api';
import { transportRule } from '../shared/aws-transport';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-359',
  title: 'Encrypt traffic between the nodes of OpenSearch and Elasticsearch domains',
  ...transportRule(),
  docs: {
    rationale:
      'Without node_to_node_encryption { enabled = true } the nodes of an OpenSearch Service domain exchange shards, ' +
      'search requests and results in clear text inside the VPC. It is off by default, and fine-grained access control ' +
      'requires it.',
    remediation: 'Add node_to_node_encryption { enabled = true }.',
    links: [
      {
        title: 'aws_opensearch_domain',
        url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#node_to_node_encryption',
      },
      {
        title: 'Node-to-node encryption for Amazon OpenSearch Service',
        url: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html',
      },
    ],
  },
  messages: {
    disabled: 'node_to_node_encryption is disabled: the nodes of this domain exchange data in clear text.',
    missing: 'This domain does not enable node_to_node_encryption, which is off by default.',
  },
  examples: {
    bad: 'resource "aws_opensearch_domain" "search" {\n  domain_name    = "search"\n  engine_version = "OpenSearch_2.13"\n}\n',
    good:
      'resource "aws_opensearch_domain" "search" {\n  domain_name    = "search"\n  engine_version = "OpenSearch_2.13"\n\n' +
      '  node_to_node_encryption {\n    enabled = true\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
    // Domains from Elasticsearch 6.7 enable it in place; older ones need a new domain.
    ...mustBeTrue('node_to_node_encryption.enabled', { title: 'Enable node-to-node encryption' }),
    absent: 'insecure',
    messages: { insecure: 'disabled', missing: 'missing' },
  }),
});

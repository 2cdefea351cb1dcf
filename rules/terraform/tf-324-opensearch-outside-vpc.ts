import { defineRule } from '../api';
import { awsDoc, publicEndpointRule } from '../shared/aws-network';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-324',
  title: 'Place OpenSearch domains in a VPC',
  ...publicEndpointRule({ severity: 'medium', preset: 'strict' }),
  docs: {
    rationale:
      'An OpenSearch or Elasticsearch domain without vpc_options gets a public endpoint: its only protection is the access ' +
      'policy and, if turned on, fine-grained access control. A VPC domain is reachable only through its subnets and ' +
      'security groups. Public domains with a restrictive policy are a supported setup, so the rule is strict; TF-323 ' +
      'reports the ones whose policy is open.',
    remediation: 'Create the domain with vpc_options (subnet_ids and security_group_ids); the provider replaces a domain to move it into a VPC.',
    links: [
      awsDoc('aws_opensearch_domain', 'vpc_options'),
      { title: 'Launching your Amazon OpenSearch Service domains within a VPC', url: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/vpc.html' },
    ],
  },
  messages: {
    publicEndpoint: 'The domain has no vpc_options, so it gets a public endpoint.',
  },
  examples: {
    bad: 'resource "aws_opensearch_domain" "logs" {\n  domain_name = "logs"\n}\n',
    good: 'resource "aws_opensearch_domain" "logs" {\n  domain_name = "logs"\n\n  vpc_options {\n    subnet_ids = var.subnet_ids\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
    // subnet_ids is required in the block: only a missing block matters.
    path: 'vpc_options.subnet_ids',
    compliant: () => true,
    absent: ({ resource }) => (resource.blocks('vpc_options').length > 0 ? 'compliant' : 'insecure'),
    messages: { insecure: 'publicEndpoint', missing: 'publicEndpoint' },
  }),
});

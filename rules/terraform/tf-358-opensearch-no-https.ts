import { defineRule } from '../api';
import { allOf, notWeakTls, versionData, weakTlsMessage } from '../shared/azure-transport';
import { transportRule } from '../shared/aws-transport';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

type Message = 'httpAllowed' | 'missing' | 'weakTls';
const domains = ['aws_opensearch_domain', 'aws_elasticsearch_domain'];
const weakPolicy = 'Policy-Min-TLS-1-0-2019-07';

export default defineRule({
  id: 'TF-358',
  title: 'Require HTTPS with TLS 1.2 on OpenSearch and Elasticsearch domain endpoints',
  ...transportRule('high'),
  docs: {
    rationale:
      'Without domain_endpoint_options, or with enforce_https = false, an OpenSearch Service domain answers plain HTTP: ' +
      'queries, indexed documents and the credentials of fine-grained access control cross the network in clear text. ' +
      `The TLS policy ${weakPolicy} also accepts TLS 1.0 and 1.1.`,
    remediation:
      'Add domain_endpoint_options { enforce_https = true, tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10" } ' +
      '(or Policy-Min-TLS-1-2-2019-07).',
    links: [
      {
        title: 'aws_opensearch_domain',
        url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#domain_endpoint_options',
      },
      { title: 'DomainEndpointOptions', url: 'https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DomainEndpointOptions.html' },
    ],
  },
  messages: {
    httpAllowed: 'enforce_https = false: this domain accepts plain HTTP requests.',
    missing: 'This domain has no domain_endpoint_options, so it accepts plain HTTP (enforce_https is off unless set).',
    weakTls: weakTlsMessage,
  },
  examples: {
    bad: 'resource "aws_opensearch_domain" "search" {\n  domain_name    = "search"\n  engine_version = "OpenSearch_2.13"\n}\n',
    good:
      'resource "aws_opensearch_domain" "search" {\n  domain_name    = "search"\n  engine_version = "OpenSearch_2.13"\n\n' +
      '  domain_endpoint_options {\n    enforce_https       = true\n    tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"\n  }\n}\n',
  },
  check: allOf<Message>(
    attributeCheck<Message>({
      resources: domains,
      ...mustBeTrue('domain_endpoint_options.enforce_https', { title: 'Require HTTPS' }),
      // Inside the block the provider defaults it to true (it was required before 4.0); without
      // the block nothing is sent and the API leaves HTTPS optional.
      absent: ({ resource }) => (resource.blocks('domain_endpoint_options').length > 0 ? 'compliant' : 'insecure'),
      messages: { insecure: 'httpAllowed', missing: 'missing' },
    }),
    attributeCheck<Message>({
      resources: domains,
      path: 'domain_endpoint_options.tls_security_policy',
      compliant: notWeakTls([weakPolicy]),
      // Optional and computed: the policy an absent argument gets is chosen by the service.
      absent: 'compliant',
      data: versionData('tls_security_policy'),
      messages: { insecure: 'weakTls', missing: 'weakTls' },
      remedy: { value: 'Policy-Min-TLS-1-2-PFS-2023-10', title: 'Require TLS 1.2', kind: 'suggest' },
    }),
  ),
});

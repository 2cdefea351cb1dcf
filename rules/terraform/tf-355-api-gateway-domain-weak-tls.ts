import { asString, defineRule } from '../api';
import { transportRule } from '../shared/aws-transport';
import { attributeCheck } from '../shared/terraform-attribute-check';

/** `TLS_1_0`, and the enhanced policies named with a 1.0 or 1.1 minimum (`SecurityPolicy_TLS13_1_0_…`). */
const isWeakPolicy = (policy: string) => /^TLS_1_[01]$|_1_[01]_/i.test(policy.trim());

export default defineRule({
  id: 'TF-355',
  title: 'Require TLS 1.2 on API Gateway custom domain names',
  ...transportRule(),
  docs: {
    rationale:
      'A REST API custom domain name created without security_policy gets TLS_1_0 from API Gateway, which accepts TLS 1.0 ' +
      'and 1.1 and their weak cipher suites from every client of the API. (HTTP and WebSocket domain names, ' +
      'aws_apigatewayv2_domain_name, accept only TLS 1.2 policies.)',
    remediation: 'Set security_policy = "TLS_1_2" (or an enhanced SecurityPolicy_TLS13_1_2_… policy).',
    links: [
      {
        title: 'aws_api_gateway_domain_name',
        url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_domain_name#security_policy',
      },
      {
        title: 'Choose a security policy for your custom domain in API Gateway',
        url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html',
      },
    ],
  },
  messages: {
    weakPolicy: 'security_policy = "{{policy}}" accepts TLS 1.0 and 1.1.',
    missing: 'security_policy is not set, so this domain name accepts TLS 1.0 and 1.1 (the API default is TLS_1_0).',
  },
  examples: {
    bad: 'resource "aws_api_gateway_domain_name" "api" {\n  domain_name              = "api.example.com"\n  regional_certificate_arn = aws_acm_certificate.api.arn\n}\n',
    good:
      'resource "aws_api_gateway_domain_name" "api" {\n  domain_name              = "api.example.com"\n  regional_certificate_arn = aws_acm_certificate.api.arn\n' +
      '  security_policy          = "TLS_1_2"\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_api_gateway_domain_name'],
    path: 'security_policy',
    compliant: (value) => {
      const policy = asString(value);
      return policy === undefined ? undefined : !isWeakPolicy(policy);
    },
    // Optional and computed in providers 3.x to 6.x: API Gateway chooses TLS_1_0.
    absent: 'insecure',
    data: (value) => ({ policy: asString(value)?.trim() ?? '' }),
    messages: { insecure: 'weakPolicy', missing: 'missing' },
    // In place; clients limited to TLS 1.0/1.1 can no longer connect.
    remedy: { value: 'TLS_1_2', title: 'Require TLS 1.2', kind: 'suggest' },
  }),
});

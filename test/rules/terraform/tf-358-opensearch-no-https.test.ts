import rule from '../../../rules/terraform/tf-358-opensearch-no-https';
import { ruleTester } from '../../helpers/rule-tester';

const domain = (body: string) => `resource "aws_opensearch_domain" "search" {\n  domain_name = "search"\n${body}}\n`;
const options = (inner: string) => `\n  domain_endpoint_options {\n${inner}  }\n`;

ruleTester(rule, {
  good: [
    { name: 'HTTPS with TLS 1.2', code: domain(options('    enforce_https       = true\n    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"\n')) },
    { name: 'enforce_https defaults to true inside the block', code: domain(options('    tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"\n')) },
    { name: 'not known', code: domain(options('    enforce_https = var.https\n')) },
    { name: 'dynamic block with unknown for_each', code: domain('\n  dynamic "domain_endpoint_options" {\n    for_each = var.endpoint\n    content {\n      enforce_https = false\n    }\n  }\n') },
  ],
  bad: [
    {
      name: 'no endpoint options',
      code: domain(''),
      findings: [{
        messageId: 'missing', line: 1, column: 1, endColumn: 42,
        suggestions: [{ title: 'Require HTTPS', output: domain('  domain_endpoint_options {\n    enforce_https = true\n  }\n') }],
      }],
    },
    {
      name: 'HTTPS turned off',
      code: domain(options('    enforce_https = false\n')),
      findings: [{ messageId: 'httpAllowed', line: 5, column: 21, endColumn: 26, suggestions: [{ output: domain(options('    enforce_https = true\n')) }] }],
    },
    {
      name: 'TLS 1.0 policy',
      code: domain(options('    enforce_https       = true\n    tls_security_policy = "Policy-Min-TLS-1-0-2019-07"\n')),
      findings: [{
        messageId: 'weakTls', line: 6, column: 27, endColumn: 55,
        suggestions: [{ title: 'Require TLS 1.2', output: domain(options('    enforce_https       = true\n    tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"\n')) }],
      }],
    },
    {
      name: 'Elasticsearch domain, for_each',
      code: 'resource "aws_elasticsearch_domain" "search" {\n  for_each    = toset(["a", "b"])\n  domain_name = each.key\n}\n',
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 45 }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_opensearch_domain": {"search": {"domain_endpoint_options": {"enforce_https": false}}}}}\n',
      findings: [{ messageId: 'httpAllowed', line: 1, column: 97, endColumn: 102 }],
    },
  ],
});

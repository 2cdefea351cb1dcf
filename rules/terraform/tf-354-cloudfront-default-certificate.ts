import { defineRule } from '../api';
import { mustNotBeTrue } from '../shared/azure-transport';
import { transportRule } from '../shared/aws-transport';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-354',
  title: 'Serve CloudFront distributions with a custom certificate that enforces TLS 1.2',
  ...transportRule('low', 'strict'),
  docs: {
    rationale:
      'A distribution on the default *.cloudfront.net certificate cannot choose its security policy: CloudFront accepts ' +
      'TLS 1.0 and 1.1 from its viewers whatever minimum_protocol_version says. Only a custom certificate lets the ' +
      'distribution require TLS 1.2.',
    remediation:
      'Give the distribution an alias with an ACM certificate in us-east-1 (acm_certificate_arn, ssl_support_method = "sni-only") ' +
      'and minimum_protocol_version = "TLSv1.2_2021".',
    links: [
      {
        title: 'aws_cloudfront_distribution',
        url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#cloudfront_default_certificate',
      },
      {
        title: 'Supported protocols and ciphers between viewers and CloudFront',
        url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html',
      },
    ],
  },
  messages: {
    defaultCertificate: 'The default CloudFront certificate always accepts TLS 1.0 and 1.1 from viewers.',
  },
  examples: {
    bad: 'resource "aws_cloudfront_distribution" "site" {\n  enabled = true\n\n  viewer_certificate {\n    cloudfront_default_certificate = true\n  }\n}\n',
    good:
      'resource "aws_cloudfront_distribution" "site" {\n  enabled = true\n\n  viewer_certificate {\n    acm_certificate_arn      = aws_acm_certificate.site.arn\n' +
      '    ssl_support_method       = "sni-only"\n    minimum_protocol_version = "TLSv1.2_2021"\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_cloudfront_distribution'],
    ...mustNotBeTrue('viewer_certificate.cloudfront_default_certificate'),
    absent: 'compliant',
    messages: { insecure: 'defaultCertificate', missing: 'defaultCertificate' },
    // No edit: a custom certificate and a domain name have to be provided.
    remedy: undefined,
  }),
});

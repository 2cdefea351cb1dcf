import { defineRule } from '../api';
import { notWeakTls, versionData, weakTlsMessage } from '../shared/azure-transport';
import { transportRule, usesDefaultCertificate } from '../shared/aws-transport';
import { attributeCheck } from '../shared/terraform-attribute-check';

const weak = notWeakTls(['SSLv3', 'TLSv1', 'TLSv1_2016', 'TLSv1.1_2016']);

export default defineRule({
  id: 'TF-353',
  title: 'Require TLS 1.2 or later between viewers and CloudFront',
  ...transportRule(),
  docs: {
    rationale:
      'With a custom certificate, viewer_certificate.minimum_protocol_version sets the oldest protocol CloudFront ' +
      'accepts from viewers. It defaults to "TLSv1", and "TLSv1_2016" and "TLSv1.1_2016" also accept TLS 1.0 or 1.1, ' +
      'protocols with known weaknesses that PCI DSS no longer allows. (A distribution on the default *.cloudfront.net ' +
      'certificate always accepts TLS 1.0; the strict preset reports it separately.)',
    remediation: 'Set minimum_protocol_version = "TLSv1.2_2021" (or a later TLSv1.2 or TLSv1.3 policy) in viewer_certificate.',
    links: [
      {
        title: 'aws_cloudfront_distribution',
        url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#minimum_protocol_version',
      },
      {
        title: 'Supported protocols and ciphers between viewers and CloudFront',
        url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html',
      },
    ],
  },
  messages: {
    weakTls: weakTlsMessage,
    missing: 'minimum_protocol_version is not set, so CloudFront accepts TLS 1.0 from viewers (the default is "TLSv1").',
  },
  examples: {
    bad:
      'resource "aws_cloudfront_distribution" "site" {\n  enabled = true\n\n  viewer_certificate {\n    acm_certificate_arn = aws_acm_certificate.site.arn\n' +
      '    ssl_support_method  = "sni-only"\n  }\n}\n',
    good:
      'resource "aws_cloudfront_distribution" "site" {\n  enabled = true\n\n  viewer_certificate {\n    acm_certificate_arn      = aws_acm_certificate.site.arn\n' +
      '    ssl_support_method       = "sni-only"\n    minimum_protocol_version = "TLSv1.2_2021"\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_cloudfront_distribution'],
    path: 'viewer_certificate.minimum_protocol_version',
    // The default certificate ignores the setting (TF-354 reports it).
    compliant: (value, { resource }) => (usesDefaultCertificate(resource) === false ? weak(value) : undefined),
    absent: ({ resource }) => {
      const fallback = usesDefaultCertificate(resource);
      return fallback === undefined ? 'unknown' : fallback ? 'compliant' : 'insecure';
    },
    data: versionData('minimum_protocol_version'),
    messages: { insecure: 'weakTls', missing: 'missing' },
    // In place; viewers limited to TLS 1.0/1.1 can no longer connect.
    remedy: { value: 'TLSv1.2_2021', title: 'Require TLS 1.2', kind: 'suggest' },
  }),
});

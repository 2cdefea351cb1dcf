import rule from '../../../rules/terraform/tf-354-cloudfront-default-certificate';
import { ruleTester } from '../../helpers/rule-tester';

const distribution = (certificate: string) =>
  `resource "aws_cloudfront_distribution" "site" {\n  enabled = true\n\n  viewer_certificate {\n${certificate}  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'ACM certificate', code: distribution('    acm_certificate_arn      = aws_acm_certificate.site.arn\n    minimum_protocol_version = "TLSv1.2_2021"\n') },
    { name: 'explicitly off', code: distribution('    cloudfront_default_certificate = false\n    iam_certificate_id             = "ASCA123"\n') },
    { name: 'not known', code: distribution('    cloudfront_default_certificate = var.default_cert\n') },
  ],
  bad: [
    {
      name: 'default certificate',
      code: distribution('    cloudfront_default_certificate = true\n'),
      findings: [{ messageId: 'defaultCertificate', line: 5, column: 38, endColumn: 42 }],
    },
    {
      name: 'from a local',
      code: 'locals {\n  default_cert = true\n}\n\n' + distribution('    cloudfront_default_certificate = local.default_cert\n'),
      findings: [{ messageId: 'defaultCertificate', line: 9, column: 38, endColumn: 56, related: [':2:18'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_cloudfront_distribution": {"site": {"viewer_certificate": {"cloudfront_default_certificate": true}}}}}\n',
      findings: [{ messageId: 'defaultCertificate', line: 1, column: 113, endColumn: 117 }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-353-cloudfront-weak-tls';
import { ruleTester } from '../../helpers/rule-tester';

const distribution = (certificate: string) =>
  `resource "aws_cloudfront_distribution" "site" {\n  enabled = true\n\n  viewer_certificate {\n${certificate}  }\n}\n`;
const acm = '    acm_certificate_arn = aws_acm_certificate.site.arn\n    ssl_support_method  = "sni-only"\n';

ruleTester(rule, {
  good: [
    { name: 'TLS 1.2 2021 policy', code: distribution(`${acm}    minimum_protocol_version = "TLSv1.2_2021"\n`) },
    { name: 'TLS 1.2 2019 policy', code: distribution(`${acm}    minimum_protocol_version = "TLSv1.2_2019"\n`) },
    { name: 'later TLS 1.3 policy', code: distribution(`${acm}    minimum_protocol_version = "TLSv1.3_2025"\n`) },
    { name: 'default certificate (reported in the strict preset)', code: distribution('    cloudfront_default_certificate = true\n') },
    { name: 'default certificate with a weak version it ignores', code: distribution('    cloudfront_default_certificate = true\n    minimum_protocol_version       = "TLSv1"\n') },
    { name: 'certificate choice not known', code: distribution('    cloudfront_default_certificate = var.default_cert\n    acm_certificate_arn            = var.cert\n') },
    { name: 'version not known', code: distribution(`${acm}    minimum_protocol_version = var.tls\n`) },
  ],
  bad: [
    {
      name: 'custom certificate without a minimum',
      code: distribution(acm),
      findings: [{
        messageId: 'missing', line: 4, column: 3, endColumn: 21,
        suggestions: [{ title: 'Require TLS 1.2', output: distribution(`${acm}    minimum_protocol_version = "TLSv1.2_2021"\n`) }],
      }],
    },
    {
      name: 'TLS 1.1 policy',
      code: distribution(`${acm}    minimum_protocol_version = "TLSv1.1_2016"\n`),
      findings: [{ messageId: 'weakTls', line: 7, column: 32, endColumn: 46, suggestions: [{ output: distribution(`${acm}    minimum_protocol_version = "TLSv1.2_2021"\n`) }] }],
    },
    {
      name: 'default certificate turned off explicitly, TLSv1',
      code: distribution(`    cloudfront_default_certificate = false\n    iam_certificate_id             = "ASCA123"\n    minimum_protocol_version       = "TLSv1"\n`),
      findings: [{ messageId: 'weakTls', line: 7, column: 38, endColumn: 45 }],
    },
    {
      name: 'from a variable default',
      code: distribution(`${acm}    minimum_protocol_version = var.tls\n`),
      files: { 'variables.tf': 'variable "tls" {\n  default = "TLSv1_2016"\n}\n' },
      findings: [{ messageId: 'weakTls', line: 7, column: 32, endColumn: 39, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_cloudfront_distribution": {"site": {"viewer_certificate": {"acm_certificate_arn": "arn:aws:acm:us-east-1:1:certificate/x", "minimum_protocol_version": "TLSv1"}}}}}\n',
      findings: [{ messageId: 'weakTls', line: 1, column: 171, endColumn: 178 }],
    },
  ],
});

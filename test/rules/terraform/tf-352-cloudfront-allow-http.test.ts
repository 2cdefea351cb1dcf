import rule from '../../../rules/terraform/tf-352-cloudfront-allow-http';
import { ruleTester } from '../../helpers/rule-tester';

const distribution = (body: string) => `resource "aws_cloudfront_distribution" "site" {\n  enabled = true\n${body}}\n`;
const behaviour = (block: string, policy: string) => `\n  ${block} {\n    target_origin_id       = "site"\n    viewer_protocol_policy = ${policy}\n  }\n`;

ruleTester(rule, {
  good: [
    { name: 'redirect to HTTPS', code: distribution(behaviour('default_cache_behavior', '"redirect-to-https"')) },
    { name: 'HTTPS only, ordered too', code: distribution(behaviour('default_cache_behavior', '"https-only"') + behaviour('ordered_cache_behavior', '"redirect-to-https"')) },
    { name: 'policy not known', code: distribution(behaviour('default_cache_behavior', 'var.viewer_protocol_policy')) },
    {
      name: 'dynamic ordered behaviours with unknown for_each',
      code: distribution(behaviour('default_cache_behavior', '"https-only"') + '\n  dynamic "ordered_cache_behavior" {\n    for_each = var.behaviours\n    content {\n      viewer_protocol_policy = "allow-all"\n    }\n  }\n'),
    },
  ],
  bad: [
    {
      name: 'default behaviour allows HTTP',
      code: distribution(behaviour('default_cache_behavior', '"allow-all"')),
      findings: [{
        messageId: 'allowAll', line: 6, column: 30, endColumn: 41,
        suggestions: [{ title: 'Redirect viewers to HTTPS', output: distribution(behaviour('default_cache_behavior', '"redirect-to-https"')) }],
      }],
    },
    {
      name: 'ordered behaviour allows HTTP',
      code: distribution(behaviour('default_cache_behavior', '"https-only"') + behaviour('ordered_cache_behavior', '"allow-all"')),
      findings: [{ messageId: 'allowAll', line: 11, column: 30, endColumn: 41 }],
    },
    {
      name: 'dynamic ordered behaviours from a known list',
      code: distribution(behaviour('default_cache_behavior', '"https-only"') + '\n  dynamic "ordered_cache_behavior" {\n    for_each = ["/api/*"]\n    content {\n      path_pattern           = ordered_cache_behavior.value\n      viewer_protocol_policy = "allow-all"\n    }\n  }\n'),
      findings: [{ messageId: 'allowAll', line: 13, column: 32, endColumn: 43 }],
    },
    {
      name: 'from a variable default',
      code: distribution(behaviour('default_cache_behavior', 'var.viewer_protocol_policy')),
      files: { 'variables.tf': 'variable "viewer_protocol_policy" {\n  default = "allow-all"\n}\n' },
      findings: [{ messageId: 'allowAll', line: 6, column: 30, endColumn: 56, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_cloudfront_distribution": {"site": {"default_cache_behavior": {"viewer_protocol_policy": "allow-all"}}}}}\n',
      findings: [{ messageId: 'allowAll', line: 1, column: 109, endColumn: 120, suggestions: [{ output: '{"resource": {"aws_cloudfront_distribution": {"site": {"default_cache_behavior": {"viewer_protocol_policy": "redirect-to-https"}}}}}\n' }] }],
    },
  ],
});

import { defineRule } from '../api';
import { allOf } from '../shared/azure-transport';
import { noneOf, transportRule } from '../shared/aws-transport';
import { attributeCheck } from '../shared/terraform-attribute-check';

const behaviourCheck = (block: string) =>
  attributeCheck<'allowAll'>({
    resources: ['aws_cloudfront_distribution'],
    path: `${block}.viewer_protocol_policy`,
    compliant: noneOf(['allow-all']),
    // Required in every cache behaviour: never absent in a valid configuration.
    absent: 'compliant',
    messages: { insecure: 'allowAll', missing: 'allowAll' },
    // In place; clients that followed plain HTTP links now get a redirect.
    remedy: { value: 'redirect-to-https', title: 'Redirect viewers to HTTPS', kind: 'suggest' },
  });

export default defineRule({
  id: 'TF-352',
  title: 'Do not serve CloudFront cache behaviours over plain HTTP',
  ...transportRule(),
  docs: {
    rationale:
      'A cache behaviour with viewer_protocol_policy = "allow-all" answers viewers over plain HTTP: cookies, tokens and ' +
      'the content itself cross the network in clear text and can be read or altered on the way. The default behaviour ' +
      'and each ordered behaviour set it separately.',
    remediation: 'Set viewer_protocol_policy = "redirect-to-https" (or "https-only") in default_cache_behavior and every ordered_cache_behavior.',
    links: [
      {
        title: 'aws_cloudfront_distribution',
        url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#viewer_protocol_policy',
      },
      {
        title: 'Require HTTPS for communication between viewers and CloudFront',
        url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html',
      },
    ],
  },
  messages: {
    allowAll: 'viewer_protocol_policy = "allow-all" serves this cache behaviour over plain HTTP.',
  },
  examples: {
    bad:
      'resource "aws_cloudfront_distribution" "site" {\n  enabled = true\n\n  default_cache_behavior {\n    target_origin_id       = "site"\n' +
      '    viewer_protocol_policy = "allow-all"\n  }\n}\n',
    good:
      'resource "aws_cloudfront_distribution" "site" {\n  enabled = true\n\n  default_cache_behavior {\n    target_origin_id       = "site"\n' +
      '    viewer_protocol_policy = "redirect-to-https"\n  }\n}\n',
  },
  check: allOf(behaviourCheck('default_cache_behavior'), behaviourCheck('ordered_cache_behavior')),
});

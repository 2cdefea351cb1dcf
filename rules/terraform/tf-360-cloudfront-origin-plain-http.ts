import { asString, defineRule, type BlockView } from '../api';
import { transportRule } from '../shared/aws-transport';
import { replaceValue } from '../shared/terraform-edits';
import { attributeOf, itemsOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';

/**
 * S3 website endpoints speak HTTP only: `http-only` is the one policy that works with them. The
 * domain is one when it reads so, or when it is the `website_endpoint` of a bucket.
 */
function isS3Website(origin: BlockView): boolean {
  const domain = origin.value('domain_name');
  if (domain?.kind === 'unknown') return domain.reference?.endsWith('.website_endpoint') === true;
  const text = asString(domain);
  return text !== undefined && /\.s3-website[.-]/i.test(text);
}

export default defineRule({
  id: 'TF-360',
  title: 'Connect CloudFront to custom origins over HTTPS without SSLv3',
  ...transportRule(),
  docs: {
    rationale:
      'With origin_protocol_policy = "http-only" CloudFront fetches content from a custom origin (a load balancer, an API, ' +
      'a server) in clear text, so what viewers sent over HTTPS, cookies and authorization headers included, crosses the ' +
      'internet unencrypted on its way to the origin. An origin_ssl_protocols list with SSLv3 lets that connection fall ' +
      'back to a protocol broken by POODLE. (S3 website endpoints, which only speak HTTP, are not reported.)',
    remediation: 'Set origin_protocol_policy = "https-only" with origin_ssl_protocols = ["TLSv1.2"], and serve the origin with a certificate.',
    links: [
      {
        title: 'aws_cloudfront_distribution',
        url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#custom-origin-config-arguments',
      },
      {
        title: 'Require HTTPS for communication between CloudFront and your custom origin',
        url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-cloudfront-to-custom-origin.html',
      },
    ],
  },
  messages: {
    httpOnly: 'origin_protocol_policy = "http-only": CloudFront fetches from this origin in clear text.',
    sslv3: 'origin_ssl_protocols allows SSLv3 for connections to this origin.',
  },
  examples: {
    bad:
      'resource "aws_cloudfront_distribution" "site" {\n  enabled = true\n\n  origin {\n    origin_id   = "app"\n    domain_name = aws_lb.app.dns_name\n\n' +
      '    custom_origin_config {\n      http_port              = 80\n      https_port             = 443\n      origin_protocol_policy = "http-only"\n' +
      '      origin_ssl_protocols   = ["TLSv1.2"]\n    }\n  }\n}\n',
    good:
      'resource "aws_cloudfront_distribution" "site" {\n  enabled = true\n\n  origin {\n    origin_id   = "app"\n    domain_name = aws_lb.app.dns_name\n\n' +
      '    custom_origin_config {\n      http_port              = 80\n      https_port             = 443\n      origin_protocol_policy = "https-only"\n' +
      '      origin_ssl_protocols   = ["TLSv1.2"]\n    }\n  }\n}\n',
  },
  check({ file, module, report }) {
    const project = moduleFor(file, module);
    for (const distribution of resourceInstances(project, file, 'aws_cloudfront_distribution')) {
      if (distribution.hasUnknownBlocks('origin')) continue;
      for (const origin of distribution.blocks('origin')) {
        if (origin.hasUnknownBlocks('custom_origin_config')) continue;
        for (const config of origin.blocks('custom_origin_config')) {
          const policy = attributeOf(config, 'origin_protocol_policy');
          if (policy && asString(policy.value)?.trim() === 'http-only' && !isS3Website(origin)) {
            // A suggestion: the origin must first answer HTTPS with a certificate CloudFront trusts.
            const suggest = policy.literal ? [replaceValue(policy.literal, 'https-only', 'Connect to the origin over HTTPS only')] : undefined;
            report({ at: policy.at, messageId: 'httpOnly', value: policy.value, suggest });
          }
          for (const protocol of itemsOf(attributeOf(config, 'origin_ssl_protocols')) ?? []) {
            if (asString(protocol.value)?.trim().toUpperCase() === 'SSLV3') report({ at: protocol.at, messageId: 'sslv3', value: protocol.value });
          }
        }
      }
    }
  },
});

import { defineRule } from '../api';
import { onWithBlock, serviceLogRule, trueInExistingBlock } from '../shared/aws-logging';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-104',
  title: 'Write access logs for Classic Load Balancers',
  ...serviceLogRule(),
  docs: {
    rationale:
      'A Classic Load Balancer without an access_logs block keeps no record of the requests and connections it ' +
      'serves. Within the block, enabled defaults to true, so only a missing block or enabled = false leaves the load ' +
      'balancer without logs.',
    remediation: 'Add access_logs { bucket = "<log bucket>" } with a bucket whose policy lets Elastic Load Balancing write to it.',
    links: [
      { title: 'aws_elb', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elb#access_logs' },
      {
        title: 'Access logs for your Classic Load Balancer',
        url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/access-log-collection.html',
      },
    ],
  },
  messages: {
    disabled: 'access_logs is disabled: this load balancer keeps no record of the requests it serves.',
    missing: 'This Classic Load Balancer has no access_logs block: it writes no access logs.',
  },
  examples: {
    bad: 'resource "aws_elb" "web" {\n  name    = "web"\n  subnets = var.public_subnets\n}\n',
    good:
      'resource "aws_elb" "web" {\n  name    = "web"\n  subnets = var.public_subnets\n\n' +
      '  access_logs {\n    bucket = aws_s3_bucket.lb_logs.id\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_elb'],
    ...mustBeTrue('access_logs.enabled'),
    absent: onWithBlock('access_logs'),
    messages: { insecure: 'disabled', missing: 'missing' },
    remedy: { value: trueInExistingBlock('access_logs'), title: 'Enable the access logs', kind: 'suggest' },
  }),
});

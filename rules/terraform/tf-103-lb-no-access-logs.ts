import { asBool, asString, defineRule } from '../api';
import { serviceLogRule, trueInExistingBlock } from '../shared/aws-logging';
import { attributeCheck, type CheckScope } from '../shared/terraform-attribute-check';

/**
 * Whether the load balancer is an Application Load Balancer (the default type). Network Load
 * Balancers log only their TLS listeners and Gateway Load Balancers have no access logs, so
 * neither is decided here.
 */
function isApplication({ resource }: CheckScope): boolean | undefined {
  const type = resource.value('load_balancer_type');
  if (type === undefined || type.kind === 'null') return true;
  if (type.kind === 'unknown') return undefined;
  const text = asString(type);
  return text === undefined ? undefined : text === 'application';
}

export default defineRule({
  id: 'TF-103',
  title: 'Write access logs for Application Load Balancers',
  ...serviceLogRule(),
  docs: {
    rationale:
      'An Application Load Balancer keeps no record of the requests it serves unless access_logs is enabled (enabled ' +
      'defaults to false, even when a bucket is named): the client addresses, paths, status codes and TLS details that ' +
      'an investigation of an attack on the application starts from are lost.',
    remediation: 'Add access_logs { bucket = "<log bucket>", enabled = true } with a bucket whose policy lets the load balancer write to it.',
    links: [
      { title: 'aws_lb', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb#access_logs' },
      {
        title: 'Access logs for your Application Load Balancer',
        url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html',
      },
    ],
  },
  messages: {
    disabled: 'access_logs is disabled: this load balancer keeps no record of the requests it serves.',
    missing: 'This Application Load Balancer writes no access logs: access_logs is off unless enabled = true.',
  },
  examples: {
    bad: 'resource "aws_lb" "web" {\n  name    = "web"\n  subnets = var.public_subnets\n}\n',
    good:
      'resource "aws_lb" "web" {\n  name    = "web"\n  subnets = var.public_subnets\n\n' +
      '  access_logs {\n    bucket  = aws_s3_bucket.lb_logs.id\n    enabled = true\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_lb', 'aws_alb'],
    path: 'access_logs.enabled',
    compliant: (value, scope) => (isApplication(scope) === true ? asBool(value) : undefined),
    absent: (scope) => {
      const application = isApplication(scope);
      return application === undefined ? 'unknown' : application ? 'insecure' : 'compliant';
    },
    messages: { insecure: 'disabled', missing: 'missing' },
    // In place; without a block there is no bucket to write to, and only the author can name one.
    remedy: { value: trueInExistingBlock('access_logs'), title: 'Enable the access logs', kind: 'suggest' },
  }),
});

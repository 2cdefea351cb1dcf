import { asString, defineRule } from '../api';
import { isWeakElbPolicy, recommendedElbPolicy, transportRule } from '../shared/aws-transport';
import { attributeCheck, type CheckScope, type Verdict } from '../shared/terraform-attribute-check';

/** Whether the listener terminates TLS (`HTTPS` on an ALB, `TLS` on an NLB): only then does a policy apply. */
function terminatesTls({ resource }: CheckScope): boolean | undefined {
  const protocol = resource.value('protocol');
  if (protocol === undefined || protocol.kind === 'null') return false;
  const text = asString(protocol)?.trim().toUpperCase();
  return text === undefined ? undefined : text === 'HTTPS' || text === 'TLS';
}

export default defineRule({
  id: 'TF-351',
  title: 'Require TLS 1.2 or later on HTTPS and TLS listeners of load balancers',
  ...transportRule('high'),
  docs: {
    rationale:
      'The security policy of an HTTPS or TLS listener sets the protocols clients may negotiate. Without ssl_policy the ' +
      'provider uses ELBSecurityPolicy-2016-08, which accepts TLS 1.0 and 1.1 with CBC and SHA-1 ciphers, as do the ' +
      'other 2014-2016 policies and every policy named with a 1-0 or 1-1 minimum: clients can be downgraded to protocols ' +
      'with known attacks, and the listener fails PCI DSS and AWS Security Hub ELB.17.',
    remediation: `Set ssl_policy = "${recommendedElbPolicy}" (TLS 1.3 and 1.2), or a FIPS or post-quantum variant with a 1-2 minimum.`,
    links: [
      { title: 'aws_lb_listener', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_listener#ssl_policy' },
      {
        title: 'Security policies for your Application Load Balancer',
        url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html',
      },
    ],
  },
  messages: {
    weakPolicy: 'ssl_policy = "{{policy}}" accepts TLS 1.0 or 1.1.',
    missing: 'This listener has no ssl_policy, so it gets ELBSecurityPolicy-2016-08, which accepts TLS 1.0 and 1.1.',
  },
  examples: {
    bad:
      'resource "aws_lb_listener" "web" {\n  load_balancer_arn = aws_lb.web.arn\n  port              = 443\n  protocol          = "HTTPS"\n' +
      '  certificate_arn   = aws_acm_certificate.web.arn\n\n  default_action {\n    type             = "forward"\n' +
      '    target_group_arn = aws_lb_target_group.web.arn\n  }\n}\n',
    good:
      'resource "aws_lb_listener" "web" {\n  load_balancer_arn = aws_lb.web.arn\n  port              = 443\n  protocol          = "HTTPS"\n' +
      `  ssl_policy        = "${recommendedElbPolicy}"\n  certificate_arn   = aws_acm_certificate.web.arn\n\n  default_action {\n` +
      '    type             = "forward"\n    target_group_arn = aws_lb_target_group.web.arn\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_lb_listener', 'aws_alb_listener'],
    path: 'ssl_policy',
    compliant: (value) => {
      const policy = asString(value);
      return policy === undefined ? undefined : !isWeakElbPolicy(policy);
    },
    // The provider default, ELBSecurityPolicy-2016-08, is the same in providers 3.x to 6.x.
    absent: (scope): Verdict => {
      const tls = terminatesTls(scope);
      return tls === undefined ? 'unknown' : tls ? 'insecure' : 'compliant';
    },
    data: (value) => ({ policy: asString(value)?.trim() ?? '' }),
    messages: { insecure: 'weakPolicy', missing: 'missing' },
    // In place, but clients limited to TLS 1.0/1.1 can no longer connect.
    remedy: { value: recommendedElbPolicy, title: 'Use the TLS 1.3/1.2 security policy', kind: 'suggest' },
  }),
});

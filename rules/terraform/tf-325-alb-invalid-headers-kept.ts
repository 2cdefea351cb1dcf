import { asString, defineRule } from '../api';
import { awsDoc, trafficRule } from '../shared/aws-network';
import { attributeCheck, mustBeTrue, type CheckScope } from '../shared/terraform-attribute-check';

/** `application` when load_balancer_type is absent; undefined when not known. */
const isApplication = ({ resource }: CheckScope): boolean | undefined => {
  const type = resource.value('load_balancer_type');
  if (type === undefined || type.kind === 'null') return true;
  const name = asString(type)?.trim().toLowerCase();
  return name === undefined ? undefined : name === 'application';
};

export default defineRule({
  id: 'TF-325',
  title: 'Drop invalid HTTP headers at Application Load Balancers',
  ...trafficRule({ severity: 'low' }),
  docs: {
    rationale:
      'An Application Load Balancer forwards headers whose names are not valid HTTP unless drop_invalid_header_fields is true ' +
      '(the default is false): back ends that parse them differently from the load balancer are open to request smuggling ' +
      'and header injection. AWS Security Hub control ELB.4 asks for it. Network and gateway load balancers do not parse ' +
      'HTTP and are left out.',
    remediation: 'Set drop_invalid_header_fields = true on the aws_lb (or aws_alb).',
    links: [
      awsDoc('aws_lb', 'drop_invalid_header_fields'),
      { title: 'Security Hub ELB.4', url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-4' },
    ],
  },
  messages: {
    kept: 'drop_invalid_header_fields = false forwards invalid HTTP headers to the targets.',
    missing: 'drop_invalid_header_fields is not set, so invalid HTTP headers reach the targets.',
  },
  examples: {
    bad: 'resource "aws_lb" "web" {\n  name               = "web"\n  load_balancer_type = "application"\n}\n',
    good: 'resource "aws_lb" "web" {\n  name                       = "web"\n  load_balancer_type         = "application"\n  drop_invalid_header_fields = true\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_lb', 'aws_alb'],
    ...mustBeTrue('drop_invalid_header_fields'),
    compliant: (value, scope) => (isApplication(scope) === false ? true : mustBeTrue('drop_invalid_header_fields').compliant(value, scope)),
    absent: (scope) => {
      const application = isApplication(scope);
      return application === undefined ? 'unknown' : application ? 'insecure' : 'compliant';
    },
    messages: { insecure: 'kept', missing: 'missing' },
  }),
});

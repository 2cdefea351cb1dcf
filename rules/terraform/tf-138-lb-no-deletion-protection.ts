import { defineRule } from '../api';
import { awsDoc, recoveryRule } from '../shared/aws-operations';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-138',
  title: 'Turn on deletion protection for load balancers',
  ...recoveryRule({ severity: 'low', preset: 'strict' }),
  docs: {
    rationale:
      'enable_deletion_protection is false by default: a mistaken plan deletes the load balancer, and with it its DNS ' +
      'name, which clients and records elsewhere point at. With protection on, the API refuses the delete until the flag ' +
      'is cleared.',
    remediation: 'Set enable_deletion_protection = true (in place).',
    links: [
      awsDoc('lb', 'enable_deletion_protection'),
      { title: 'Deletion protection for Application Load Balancers', url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#deletion-protection' },
    ],
  },
  messages: {
    disabled: 'enable_deletion_protection = false: one API call deletes this load balancer.',
    missing: 'This load balancer can be deleted without first clearing a protection flag (the default is off).',
  },
  examples: {
    bad: 'resource "aws_lb" "web" {\n  name    = "web"\n  subnets = var.subnets\n}\n',
    good: 'resource "aws_lb" "web" {\n  name                       = "web"\n  subnets                    = var.subnets\n  enable_deletion_protection = true\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_lb', 'aws_alb'],
    ...mustBeTrue('enable_deletion_protection'),
    absent: 'insecure',
    messages: { insecure: 'disabled', missing: 'missing' },
  }),
});

import { asString, defineRule } from '../api';
import { awsDoc, publicEndpointRule } from '../shared/aws-network';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-311',
  title: 'Do not make AMIs public',
  ...publicEndpointRule(),
  docs: {
    rationale:
      'An aws_ami_launch_permission with group = "all" makes the image public: every AWS account can launch it and read ' +
      'everything baked into it, from application code to credentials and keys left on the disk.',
    remediation: 'Grant launch permission to specific account_id, organization_arn or organizational_unit_arn values instead of the group "all".',
    links: [
      awsDoc('aws_ami_launch_permission', 'group'),
      { title: 'Make your AMI publicly available', url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sharingamis-intro.html' },
    ],
  },
  messages: {
    public: 'group = "all" lets every AWS account launch this AMI.',
  },
  examples: {
    bad: 'resource "aws_ami_launch_permission" "share" {\n  image_id = aws_ami.app.id\n  group    = "all"\n}\n',
    good: 'resource "aws_ami_launch_permission" "share" {\n  image_id   = aws_ami.app.id\n  account_id = "123456789012"\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_ami_launch_permission'],
    path: 'group',
    compliant: (value) => {
      const group = asString(value)?.trim().toLowerCase();
      return group === undefined ? undefined : group !== 'all';
    },
    absent: 'compliant',
    messages: { insecure: 'public', missing: 'public' },
  }),
});

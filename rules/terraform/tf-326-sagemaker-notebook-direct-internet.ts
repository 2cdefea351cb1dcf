import { asString, defineRule } from '../api';
import { awsDoc, publicEndpointRule } from '../shared/aws-network';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-326',
  title: 'Turn off direct internet access on SageMaker notebook instances',
  ...publicEndpointRule({ severity: 'medium' }),
  docs: {
    rationale:
      'direct_internet_access defaults to "Enabled": SageMaker then gives the notebook a network interface with internet ' +
      'access outside your VPC, so code and data in it can leave without passing your NAT, proxy or flow logs. With ' +
      '"Disabled" the notebook reaches the internet only through the VPC subnet it is placed in. The provider replaces the ' +
      'notebook to change it.',
    remediation: 'Set direct_internet_access = "Disabled" with a subnet_id and security_groups in your VPC, and use VPC endpoints or a NAT gateway for outbound access.',
    links: [
      awsDoc('aws_sagemaker_notebook_instance', 'direct_internet_access'),
      { title: 'Connect a notebook instance in a VPC to external resources', url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html' },
    ],
  },
  messages: {
    enabled: 'direct_internet_access = "Enabled" connects the notebook to the internet outside your VPC.',
    missing: 'direct_internet_access is not set, so it is "Enabled": the notebook reaches the internet outside your VPC.',
  },
  examples: {
    bad: 'resource "aws_sagemaker_notebook_instance" "lab" {\n  name          = "lab"\n  role_arn      = aws_iam_role.lab.arn\n  instance_type = "ml.t3.medium"\n}\n',
    good:
      'resource "aws_sagemaker_notebook_instance" "lab" {\n  name                   = "lab"\n  role_arn               = aws_iam_role.lab.arn\n' +
      '  instance_type          = "ml.t3.medium"\n  subnet_id              = aws_subnet.private.id\n  direct_internet_access = "Disabled"\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_sagemaker_notebook_instance'],
    path: 'direct_internet_access',
    compliant: (value) => {
      const access = asString(value)?.trim().toLowerCase();
      return access === undefined ? undefined : access === 'disabled';
    },
    absent: 'insecure',
    messages: { insecure: 'enabled', missing: 'missing' },
    // Disabled needs a subnet: the edit is offered only where the notebook already has one.
    remedy: { value: ({ resource }) => (resource.attribute('subnet_id') ? 'Disabled' : undefined), title: 'Set direct_internet_access = "Disabled"', kind: 'suggest', replacesResource: true },
  }),
});

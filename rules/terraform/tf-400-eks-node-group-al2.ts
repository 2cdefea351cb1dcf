import { asString, defineRule } from '../api';
import { awsDoc, supportedSoftwareRule } from '../shared/aws-operations';
import { attributeCheck } from '../shared/terraform-attribute-check';

/** The Amazon Linux 2023 AMI type that replaces each Amazon Linux 2 one. */
const successors: Readonly<Record<string, string>> = {
  AL2_X86_64: 'AL2023_x86_64_STANDARD',
  AL2_ARM_64: 'AL2023_ARM_64_STANDARD',
  AL2_X86_64_GPU: 'AL2023_x86_64_NVIDIA',
};

export default defineRule({
  id: 'TF-400',
  title: 'Do not run EKS managed node groups on Amazon Linux 2 AMIs',
  ...supportedSoftwareRule(),
  docs: {
    rationale:
      'EKS stopped publishing Amazon Linux 2 optimized AMIs on 2025-11-26 (none exist for Kubernetes 1.33 and later) ' +
      'and Amazon Linux 2 itself reached end of support on 2026-06-30: node groups with an AL2_* ami_type get no more ' +
      'patched images. A node group without ami_type gets the default of its Kubernetes version and is not reported.',
    remediation: 'Move the node group to an AL2023_* or BOTTLEROCKET_* ami_type (the provider replaces the node group).',
    links: [
      awsDoc('eks_node_group', 'ami_type'),
      { title: 'Amazon EKS AL2 AMI end of support', url: 'https://docs.aws.amazon.com/eks/latest/userguide/eks-ami-deprecation-faqs.html' },
    ],
  },
  messages: {
    al2: 'ami_type = "{{value}}" is an Amazon Linux 2 image, which gets no more updates.',
    missing: 'This node group runs an Amazon Linux 2 image.',
  },
  examples: {
    bad: 'resource "aws_eks_node_group" "default" {\n  cluster_name = aws_eks_cluster.main.name\n  ami_type     = "AL2_x86_64"\n}\n',
    good: 'resource "aws_eks_node_group" "default" {\n  cluster_name = aws_eks_cluster.main.name\n  ami_type     = "AL2023_x86_64_STANDARD"\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_eks_node_group'],
    path: 'ami_type',
    compliant: (value) => {
      const type = asString(value);
      return type === undefined ? undefined : !/^AL2_/i.test(type);
    },
    absent: 'compliant',
    messages: { insecure: 'al2', missing: 'missing' },
    data: (value) => ({ value: asString(value) ?? '' }),
    remedy: {
      value: ({ resource }) => successors[(asString(resource.value('ami_type')) ?? '').toUpperCase()],
      title: 'Use the Amazon Linux 2023 AMI type',
      kind: 'suggest',
      replacesResource: true,
    },
  }),
});

import { asString, defineRule } from '../api';
import { awsDoc, supportedSoftwareRule } from '../shared/aws-operations';
import { eksSupportEnded } from '../shared/eks-support';
import { attributeOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';

export default defineRule({
  id: 'TF-149',
  title: 'Run EKS clusters on a Kubernetes version in standard support',
  ...supportedSoftwareRule({ severity: 'high' }),
  docs: {
    rationale:
      'A Kubernetes minor version past the end of EKS standard support gets security fixes only under paid extended ' +
      'support, for a year at most, after which EKS upgrades the control plane on its own schedule. The dates come ' +
      'from the EKS version calendar shipped with the rules; a cluster without version runs the default (current) ' +
      'version and is not reported.',
    remediation: 'Upgrade version one minor at a time (control plane, then node groups and add-ons) to a version in standard support.',
    links: [
      awsDoc('eks_cluster', 'version'),
      { title: 'Understand the Kubernetes version lifecycle on EKS', url: 'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html' },
    ],
  },
  messages: {
    unsupported: 'Kubernetes {{version}} left EKS standard support on {{date}}: it gets no fixes without paid extended support.',
  },
  examples: {
    bad: 'resource "aws_eks_cluster" "main" {\n  name     = "main"\n  role_arn = aws_iam_role.cluster.arn\n  version  = "1.27"\n}\n',
    good: 'resource "aws_eks_cluster" "main" {\n  name     = "main"\n  role_arn = aws_iam_role.cluster.arn\n  version  = "1.36"\n}\n',
  },
  check({ file, module, report }) {
    const project = moduleFor(file, module);
    const today = new Date();
    for (const cluster of resourceInstances(project, file, 'aws_eks_cluster')) {
      const version = attributeOf(cluster, 'version');
      const text = asString(version?.value);
      const ended = text === undefined ? undefined : eksSupportEnded(text, today);
      // No edit: upgrades go one minor version at a time, with node groups and add-ons.
      if (version && ended) report({ at: version.at, messageId: 'unsupported', data: { version: text ?? '', date: ended }, value: version.value });
    }
  },
});

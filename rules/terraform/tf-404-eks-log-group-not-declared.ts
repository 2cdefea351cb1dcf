import { asList, asString, defineRule } from '../api';
import { awsDoc } from '../shared/aws-operations';
import { attributeOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';

export default defineRule({
  id: 'TF-404',
  title: 'Declare the CloudWatch log group of EKS control-plane logs',
  target: 'terraform',
  severity: 'low',
  preset: 'strict',
  requirements: ['6.2'],
  frameworks: { iso27001: ['A.8.15'], nist80053: ['AU-11', 'AU-9'] },
  docs: {
    rationale:
      'A cluster that sends control-plane logs writes them to /aws/eks/<cluster name>/cluster. When the configuration ' +
      'does not declare that aws_cloudwatch_log_group, EKS creates it on first use, outside Terraform: it keeps events ' +
      'forever (or until someone deletes it), has no KMS key, and its retention is nobody\'s decision. A log group with ' +
      'a name that is not known before apply may be it, and then nothing is reported.',
    remediation:
      'Declare aws_cloudwatch_log_group { name = "/aws/eks/<cluster name>/cluster", retention_in_days = ..., kms_key_id = ... } and make the cluster depend on it.',
    links: [
      awsDoc('eks_cluster', 'enabled_cluster_log_types'),
      { title: 'Send control plane logs to CloudWatch Logs', url: 'https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html' },
    ],
  },
  messages: {
    undeclared: 'No aws_cloudwatch_log_group "{{group}}" is declared: EKS creates it itself, without retention or KMS key.',
  },
  examples: {
    bad: 'resource "aws_eks_cluster" "main" {\n  name                      = "main"\n  role_arn                  = aws_iam_role.cluster.arn\n  enabled_cluster_log_types = ["api", "audit"]\n}\n',
    good:
      'resource "aws_eks_cluster" "main" {\n  name                      = "main"\n  role_arn                  = aws_iam_role.cluster.arn\n  enabled_cluster_log_types = ["api", "audit"]\n' +
      '  depends_on                = [aws_cloudwatch_log_group.eks]\n}\n\nresource "aws_cloudwatch_log_group" "eks" {\n  name              = "/aws/eks/main/cluster"\n' +
      '  retention_in_days = 365\n}\n',
  },
  check({ file, module, report }) {
    const project = moduleFor(file, module);
    const groups = project.resources('aws_cloudwatch_log_group').flatMap((block) => project.instances(block).map((view) => view.value('name')));
    // A group whose name is not known before apply may be the cluster's.
    if (groups.some((name) => name === undefined || asString(name) === undefined)) return;
    const names = new Set(groups.map((name) => asString(name)));
    for (const cluster of resourceInstances(project, file, 'aws_eks_cluster')) {
      const types = attributeOf(cluster, 'enabled_cluster_log_types');
      const clusterName = asString(cluster.value('name'));
      const list = asList(types?.value);
      if (!types || !list || list.length === 0 || clusterName === undefined) continue;
      const group = `/aws/eks/${clusterName}/cluster`;
      // No edit: retention and key are the author's to choose.
      if (!names.has(group)) report({ at: types.at, messageId: 'undeclared', data: { group }, value: types.value });
    }
  },
});

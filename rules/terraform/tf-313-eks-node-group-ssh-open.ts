import { defineRule } from '../api';
import { awsDoc, managementAccess } from '../shared/aws-network';
import { attributeOf, itemsOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';

export default defineRule({
  id: 'TF-313',
  title: 'Do not open SSH to EKS managed nodes from the internet',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['2.3'],
  frameworks: managementAccess('CIS Amazon Web Services Foundations Benchmark v3.0.0 5.2'),
  docs: {
    rationale:
      'When a managed node group has remote_access with an ec2_ssh_key and no source_security_group_ids, EKS opens port 22 ' +
      'on every node to 0.0.0.0/0. The nodes hold the kubelet credentials and the node role, so SSH on them from anywhere is ' +
      'a direct path into the cluster.',
    remediation: 'List the bastion or VPN security groups in remote_access.source_security_group_ids, or drop remote_access and use SSM Session Manager.',
    links: [
      awsDoc('aws_eks_node_group', 'remote_access'),
      { title: 'RemoteAccessConfig', url: 'https://docs.aws.amazon.com/eks/latest/APIReference/API_RemoteAccessConfig.html' },
    ],
  },
  messages: {
    sshOpen: 'An SSH key without source_security_group_ids opens port 22 on every node to 0.0.0.0/0.',
  },
  examples: {
    bad: 'resource "aws_eks_node_group" "workers" {\n  cluster_name = aws_eks_cluster.main.name\n\n  remote_access {\n    ec2_ssh_key = "ops"\n  }\n}\n',
    good:
      'resource "aws_eks_node_group" "workers" {\n  cluster_name = aws_eks_cluster.main.name\n\n  remote_access {\n    ec2_ssh_key               = "ops"\n' +
      '    source_security_group_ids = [aws_security_group.bastion.id]\n  }\n}\n',
  },
  check({ file, module, report }) {
    const project = moduleFor(file, module);
    for (const group of resourceInstances(project, file, 'aws_eks_node_group')) {
      for (const access of group.blocks('remote_access')) {
        const key = attributeOf(access, 'ec2_ssh_key');
        if (!key || key.value.kind === 'null' || key.value.kind === 'unknown') continue;
        const sources = attributeOf(access, 'source_security_group_ids');
        if (sources && sources.value.kind !== 'null') {
          const items = itemsOf(sources);
          if (!items || items.length > 0) continue;
        }
        report({ at: key.at, messageId: 'sshOpen', value: key.value });
      }
    }
  },
});

import { asBool, defineRule } from '../api';
import { awsDoc, managementAccess } from '../shared/aws-network';
import { insertAttribute, replaceValue } from '../shared/terraform-edits';
import { attributeOf, itemsOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { isWorldCidr } from '../shared/terraform-values';

const title = 'Set endpoint_public_access = false';

export default defineRule({
  id: 'TF-312',
  title: 'Do not open the EKS API server endpoint to the whole internet',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['2.3', '2.1'],
  frameworks: managementAccess('CIS Amazon Elastic Kubernetes Service (EKS) Benchmark v1.8.0 5.4.1', 'CIS Amazon Elastic Kubernetes Service (EKS) Benchmark v1.8.0 5.4.2'),
  docs: {
    rationale:
      'EKS gives a cluster a public API server endpoint unless vpc_config.endpoint_public_access is false, and admits every ' +
      'address to it unless public_access_cidrs lists others (the default is 0.0.0.0/0). The Kubernetes API is then one ' +
      'leaked token or unpatched flaw away from the internet. A public endpoint limited to trusted CIDRs is accepted.',
    remediation:
      'Set endpoint_private_access = true and endpoint_public_access = false, reaching the API through a VPN or bastion; ' +
      'or keep the public endpoint and list the trusted ranges in public_access_cidrs.',
    links: [
      awsDoc('aws_eks_cluster', 'vpc_config'),
      { title: 'Cluster API server endpoint', url: 'https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html' },
    ],
  },
  messages: {
    openToAll: 'The API server endpoint is public and public_access_cidrs is not set, so every address on the internet can reach it.',
    worldCidr: 'public_access_cidrs contains {{cidr}}: every address on the internet can reach the API server endpoint.',
  },
  examples: {
    bad: 'resource "aws_eks_cluster" "main" {\n  name     = "main"\n  role_arn = aws_iam_role.cluster.arn\n\n  vpc_config {\n    subnet_ids = var.subnet_ids\n  }\n}\n',
    good:
      'resource "aws_eks_cluster" "main" {\n  name     = "main"\n  role_arn = aws_iam_role.cluster.arn\n\n  vpc_config {\n    subnet_ids              = var.subnet_ids\n' +
      '    endpoint_private_access = true\n    endpoint_public_access  = false\n  }\n}\n',
  },
  check({ file, module, report }) {
    const project = moduleFor(file, module);
    for (const cluster of resourceInstances(project, file, 'aws_eks_cluster')) {
      for (const config of cluster.blocks('vpc_config')) {
        const flag = attributeOf(config, 'endpoint_public_access');
        if (flag && flag.value.kind !== 'null') {
          const on = asBool(flag.value);
          if (on !== true) continue;
        }
        const cidrs = attributeOf(config, 'public_access_cidrs');
        if (cidrs && cidrs.value.kind !== 'null') {
          const items = itemsOf(cidrs);
          if (!items) continue;
          if (items.length > 0) {
            for (const item of items) {
              if (item.value.kind === 'string' && isWorldCidr(item.value.value)) report({ at: item.at, messageId: 'worldCidr', data: { cidr: item.value.value }, value: item.value });
            }
            continue;
          }
        }
        // Turning the public endpoint off cuts off kubectl and CI outside the VPC: a suggestion.
        const literal = flag?.literal;
        const edit = literal ? replaceValue(literal, false, title) : flag ? undefined : insertAttribute(file, config.block, 'endpoint_public_access', false, title);
        report({ at: flag?.at ?? config.block.typeRange, messageId: 'openToAll', value: flag?.value, suggest: edit ? [edit] : [] });
      }
    }
  },
});

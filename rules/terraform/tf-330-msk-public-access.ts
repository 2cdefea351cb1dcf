import { asString, defineRule } from '../api';
import { awsDoc, publicEndpointRule } from '../shared/aws-network';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-330',
  title: 'Do not turn on public access to MSK brokers',
  ...publicEndpointRule(),
  docs: {
    rationale:
      'With broker_node_group_info.connectivity_info.public_access.type = "SERVICE_PROVIDED_EIPS" every broker of the ' +
      'cluster gets a public IP address, and the Kafka listeners are reachable from the internet behind only their ' +
      'authentication and security groups. The default is "DISABLED".',
    remediation: 'Set public_access.type = "DISABLED" (or remove it) and connect clients through the VPC, VPC peering, PrivateLink (multi-VPC connectivity) or a VPN.',
    links: [
      awsDoc('aws_msk_cluster', 'public_access'),
      { title: 'Public access to an MSK Provisioned cluster', url: 'https://docs.aws.amazon.com/msk/latest/developerguide/public-access.html' },
    ],
  },
  messages: {
    public: 'public_access.type = "{{type}}" gives every broker a public IP address.',
  },
  examples: {
    bad:
      'resource "aws_msk_cluster" "events" {\n  cluster_name = "events"\n\n  broker_node_group_info {\n    instance_type = "kafka.m5.large"\n\n' +
      '    connectivity_info {\n      public_access {\n        type = "SERVICE_PROVIDED_EIPS"\n      }\n    }\n  }\n}\n',
    good: 'resource "aws_msk_cluster" "events" {\n  cluster_name = "events"\n\n  broker_node_group_info {\n    instance_type = "kafka.m5.large"\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_msk_cluster'],
    path: 'broker_node_group_info.connectivity_info.public_access.type',
    compliant: (value) => {
      const type = asString(value)?.trim().toUpperCase();
      return type === undefined ? undefined : type !== 'SERVICE_PROVIDED_EIPS';
    },
    absent: 'compliant',
    data: (value) => ({ type: asString(value)?.trim() ?? '' }),
    messages: { insecure: 'public', missing: 'public' },
    // A suggestion: clients outside the VPC lose their connection.
    remedy: { value: 'DISABLED', title: 'Set public_access.type = "DISABLED"', kind: 'suggest' },
  }),
});

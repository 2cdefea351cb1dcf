import { defineRule } from '../api';
import { awsDoc, notPublic, publicEndpointRule } from '../shared/aws-network';

export default defineRule({
  id: 'TF-308',
  title: 'Do not assign public IP addresses on launch in subnets',
  ...publicEndpointRule({ severity: 'medium', preset: 'strict' }),
  docs: {
    rationale:
      'map_public_ip_on_launch = true gives every instance and network interface launched in the subnet a public IP address ' +
      'unless it opts out, so a workload meant to be private becomes reachable by default. The default is false. Public ' +
      'subnets that host only load balancers and NAT gateways do not need it either, but many network modules set it, so the ' +
      'rule is strict.',
    remediation: 'Set map_public_ip_on_launch = false and give a public address only to the resources that need one (Elastic IPs for NAT gateways).',
    links: [
      awsDoc('aws_subnet', 'map_public_ip_on_launch'),
      { title: 'IP addressing for your VPCs and subnets', url: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-ip-addressing.html' },
    ],
  },
  messages: {
    public: 'map_public_ip_on_launch = true gives everything launched in this subnet a public IP address.',
  },
  examples: {
    bad: 'resource "aws_subnet" "public" {\n  vpc_id                  = aws_vpc.main.id\n  cidr_block              = "10.0.0.0/24"\n  map_public_ip_on_launch = true\n}\n',
    good: 'resource "aws_subnet" "public" {\n  vpc_id     = aws_vpc.main.id\n  cidr_block = "10.0.0.0/24"\n}\n',
  },
  check: notPublic(['aws_subnet'], 'map_public_ip_on_launch', 'public'),
});

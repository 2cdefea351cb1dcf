import { defineRule } from '../api';
import { allOf, awsDoc, notPublic, publicEndpointRule } from '../shared/aws-network';

export default defineRule({
  id: 'TF-307',
  title: 'Do not give EC2 instances public IP addresses',
  ...publicEndpointRule({ severity: 'medium' }),
  docs: {
    rationale:
      'An instance with a public IP address in a subnet routed to an internet gateway can be reached from the internet on ' +
      'every port its security groups allow, and bypasses the load balancers, WAF and NAT that are meant to be the entry and ' +
      'exit points. Instances, launch templates (network_interfaces) and launch configurations that set ' +
      'associate_public_ip_address = true are reported; when it is absent the subnet decides (see TF-308). The provider ' +
      'replaces an instance or launch configuration to change it; a launch template gets a new version.',
    remediation:
      'Set associate_public_ip_address = false, launch the instances in private subnets, and publish services through a ' +
      'load balancer; reach the hosts with SSM Session Manager.',
    links: [
      awsDoc('aws_instance', 'associate_public_ip_address'),
      awsDoc('aws_launch_template', 'network-interfaces'),
      awsDoc('aws_launch_configuration', 'associate_public_ip_address'),
    ],
  },
  messages: {
    public: 'associate_public_ip_address = true gives the instance a public IP address.',
  },
  examples: {
    bad: 'resource "aws_instance" "app" {\n  ami                         = "ami-0123456789abcdef0"\n  instance_type               = "t3.micro"\n  associate_public_ip_address = true\n}\n',
    good: 'resource "aws_instance" "app" {\n  ami                         = "ami-0123456789abcdef0"\n  instance_type               = "t3.micro"\n  associate_public_ip_address = false\n}\n',
  },
  check: allOf(
    notPublic(['aws_instance', 'aws_launch_configuration'], 'associate_public_ip_address', 'public', { replacesResource: true }),
    notPublic(['aws_launch_template'], 'network_interfaces.associate_public_ip_address', 'public'),
  ),
});

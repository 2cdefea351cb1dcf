import { defineRule } from '../api';
import { awsDoc, notPublic, publicEndpointRule } from '../shared/aws-network';

export default defineRule({
  id: 'TF-309',
  title: 'Do not assign public IP addresses to ECS tasks',
  ...publicEndpointRule({ severity: 'medium' }),
  docs: {
    rationale:
      'With network_configuration.assign_public_ip = true every awsvpc task of the service gets a public IP address and can ' +
      'be reached directly from the internet on the ports its security groups allow, next to the load balancer meant to ' +
      'front it. The default is false.',
    remediation: 'Set assign_public_ip = false, run the tasks in private subnets with a NAT gateway or VPC endpoints for image pulls, and publish them through a load balancer.',
    links: [
      awsDoc('aws_ecs_service', 'network_configuration'),
      { title: 'Amazon ECS task networking for the awsvpc network mode', url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking-awsvpc.html' },
    ],
  },
  messages: {
    public: 'assign_public_ip = true gives every task of this service a public IP address.',
  },
  examples: {
    bad: 'resource "aws_ecs_service" "api" {\n  name = "api"\n\n  network_configuration {\n    subnets          = var.subnets\n    assign_public_ip = true\n  }\n}\n',
    good: 'resource "aws_ecs_service" "api" {\n  name = "api"\n\n  network_configuration {\n    subnets = var.subnets\n  }\n}\n',
  },
  check: notPublic(['aws_ecs_service'], 'network_configuration.assign_public_ip', 'public'),
});

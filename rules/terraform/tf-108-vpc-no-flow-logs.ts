import { defineRule } from '../api';
import { auditLogging, cisAws, splitLoggingCheck } from '../shared/aws-logging';

export default defineRule({
  id: 'TF-108',
  title: 'Capture VPC flow logs',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['6.1'],
  frameworks: auditLogging(cisAws('3.7')),
  docs: {
    rationale:
      'Without a flow log, nothing records which addresses a VPC\'s network interfaces talked to, on which ports, and ' +
      'whether the traffic was accepted: scanning, lateral movement and exfiltration leave no trace. A VPC is reported ' +
      'only when its module creates no aws_flow_log for it and no flow log or module call could be the one.',
    remediation:
      'Add an aws_flow_log with vpc_id = aws_vpc.<name>.id, traffic_type = "ALL" and a CloudWatch Logs or S3 destination.',
    links: [
      { title: 'aws_flow_log', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/flow_log' },
      { title: 'Logging IP traffic using VPC Flow Logs', url: 'https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html' },
    ],
  },
  messages: {
    noFlowLog: 'No aws_flow_log captures the traffic of this VPC.',
    notCreated: 'The flow log for this VPC is not created with these inputs (count or for_each is empty).',
  },
  examples: {
    bad: 'resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n',
    good:
      'resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n\nresource "aws_flow_log" "main" {\n' +
      '  vpc_id          = aws_vpc.main.id\n  traffic_type    = "ALL"\n  log_destination = aws_cloudwatch_log_group.flow.arn\n' +
      '  iam_role_arn    = aws_iam_role.flow.arn\n}\n',
  },
  check: splitLoggingCheck({
    resource: 'aws_vpc',
    logging: { type: 'aws_flow_log', argument: 'vpc_id' },
    messages: { none: 'noFlowLog', notCreated: 'notCreated' },
    related: 'The flow log of this VPC',
  }),
});

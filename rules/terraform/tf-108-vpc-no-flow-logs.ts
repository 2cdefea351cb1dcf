import { defineRule } from '../api';
import { auditLogging, cisAws, loggingResourcesFor, passedToModule, relatedBlock } from '../shared/aws-logging';
import { moduleFor } from '../shared/terraform-evaluated';
import { headerAnchor, isOverrideFile } from '../shared/terraform-values';

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
  check({ file, module, report }) {
    // An override file patches a VPC defined elsewhere; its flow logs are decided there.
    if (isOverrideFile(file)) return;
    const project = moduleFor(file, module);
    // Once per VPC block: its instances share the flow logs that name it.
    for (const vpc of file.resources('aws_vpc')) {
      if (project.instances(vpc).length === 0) continue;
      const address = `aws_vpc.${vpc.labels[1]?.value}`;
      const flowLogs = loggingResourcesFor(project, { type: 'aws_flow_log', argument: 'vpc_id', target: address });
      if (!Array.isArray(flowLogs) || passedToModule(project, address)) continue;
      const [absent] = flowLogs;
      report({ at: headerAnchor(file, vpc), messageId: absent ? 'notCreated' : 'noFlowLog', related: relatedBlock(project, file, absent, 'The flow log of this VPC') });
    }
  },
});

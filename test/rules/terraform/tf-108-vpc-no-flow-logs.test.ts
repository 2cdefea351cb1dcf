import rule from '../../../rules/terraform/tf-108-vpc-no-flow-logs';
import { ruleTester } from '../../helpers/rule-tester';

const vpc = 'resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n';
const flowLog = (vpcId: string, extra = '') =>
  `\nresource "aws_flow_log" "main" {\n${extra}  vpc_id          = ${vpcId}\n  traffic_type    = "ALL"\n  log_destination = aws_s3_bucket.flow.arn\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'flow log in the same file', code: vpc + flowLog('aws_vpc.main.id') },
    { name: 'flow log in another file of the module', code: vpc, files: { 'flow.tf': flowLog('aws_vpc.main.id') } },
    { name: 'counted VPC and flow log', code: 'resource "aws_vpc" "main" {\n  count      = 1\n  cidr_block = "10.0.0.0/16"\n}\n' + flowLog('aws_vpc.main[0].id', '  count           = 1\n') },
    { name: 'flow log count from a variable without a value', code: vpc + flowLog('aws_vpc.main.id', '  count           = var.flow_logs ? 1 : 0\n'), files: { 'variables.tf': 'variable "flow_logs" {}\n' } },
    { name: 'flow log for a VPC id from a variable: could be this one', code: vpc + flowLog('var.vpc_id'), files: { 'variables.tf': 'variable "vpc_id" {}\n' } },
    { name: 'flow log for a VPC from a local', code: vpc + flowLog('local.vpc_id'), files: { 'locals.tf': 'locals {\n  vpc_id = aws_vpc.main.id\n}\n' } },
    { name: 'VPC passed to a module', code: vpc + '\nmodule "flow_logs" {\n  source = "./flow-logs"\n  vpc_id = aws_vpc.main.id\n}\n' },
    { name: 'VPC count = 0', code: 'resource "aws_vpc" "main" {\n  count      = 0\n  cidr_block = "10.0.0.0/16"\n}\n' },
    { name: 'override file', filename: 'vpc_override.tf', code: vpc },
    {
      name: 'JSON syntax, with a flow log',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_vpc": {"main": {"cidr_block": "10.0.0.0/16"}}, "aws_flow_log": {"main": {"vpc_id": "${aws_vpc.main.id}", "traffic_type": "ALL"}}}}\n',
    },
  ],
  bad: [
    { name: 'no flow log', code: vpc, findings: [{ messageId: 'noFlowLog', line: 1, column: 1, endColumn: 26 }] },
    {
      name: 'flow logs of another VPC only',
      code: vpc + '\nresource "aws_vpc" "other" {\n  cidr_block = "10.1.0.0/16"\n}\n' + flowLog('aws_vpc.other.id'),
      findings: [{ messageId: 'noFlowLog', line: 1, column: 1, endColumn: 26 }],
    },
    {
      name: 'a subnet flow log does not cover the VPC',
      code: vpc + '\nresource "aws_flow_log" "subnet" {\n  subnet_id    = aws_subnet.a.id\n  traffic_type = "ALL"\n}\n',
      findings: [{ messageId: 'noFlowLog', line: 1, column: 1, endColumn: 26 }],
    },
    {
      name: 'the flow log is turned off by a variable default',
      code: vpc + flowLog('aws_vpc.main.id', '  count           = var.flow_logs ? 1 : 0\n'),
      files: { 'variables.tf': 'variable "flow_logs" {\n  default = false\n}\n' },
      findings: [{ messageId: 'notCreated', line: 1, column: 1, endColumn: 26, related: [':5:1'] }],
    },
    {
      name: 'the flow log in another file is not created',
      code: vpc,
      files: { 'flow.tf': flowLog('aws_vpc.main.id', '  count           = 0\n') },
      findings: [{ messageId: 'notCreated', line: 1, column: 1, endColumn: 26, related: ['flow.tf:2:1'] }],
    },
    {
      name: 'a flow log through a local, turned off by a variable default',
      code: vpc + flowLog('local.vpc_id', '  count           = var.flow_logs ? 1 : 0\n'),
      files: { 'variables.tf': 'variable "flow_logs" {\n  default = false\n}\n', 'locals.tf': 'locals {\n  vpc_id = aws_vpc.main.id\n}\n' },
      findings: [{ messageId: 'notCreated', line: 1, column: 1, endColumn: 26, related: [':5:1'] }],
    },
    {
      name: 'JSON syntax, no flow log',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_vpc": {"main": {"cidr_block": "10.0.0.0/16"}}}}\n',
      findings: [{ messageId: 'noFlowLog', line: 1, column: 27, endColumn: 33 }],
    },
  ],
});

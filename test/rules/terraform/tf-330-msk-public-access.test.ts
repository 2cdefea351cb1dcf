import rule from '../../../rules/terraform/tf-330-msk-public-access';
import { ruleTester } from '../../helpers/rule-tester';

const cluster = (access: string) =>
  `resource "aws_msk_cluster" "events" {\n  cluster_name = "events"\n\n  broker_node_group_info {\n    instance_type = "kafka.m5.large"\n\n    connectivity_info {\n      public_access {\n        type = ${access}\n      }\n    }\n  }\n}\n`;
const title = 'Set public_access.type = "DISABLED"';

ruleTester(rule, {
  good: [
    { name: 'no connectivity info', code: 'resource "aws_msk_cluster" "events" {\n  cluster_name = "events"\n\n  broker_node_group_info {\n    instance_type = "kafka.m5.large"\n  }\n}\n' },
    { name: 'public access disabled', code: cluster('"DISABLED"') },
    { name: 'type from a variable without a value', code: cluster('var.access'), files: { 'variables.tf': 'variable "access" {}\n' } },
  ],
  bad: [
    { name: 'public brokers', code: cluster('"SERVICE_PROVIDED_EIPS"'), findings: [{ messageId: 'public', line: 9, column: 16, endColumn: 39, suggestions: [{ title, output: cluster('"DISABLED"') }] }] },
    {
      name: 'from a variable default',
      code: cluster('var.access'),
      files: { 'variables.tf': 'variable "access" {\n  default = "SERVICE_PROVIDED_EIPS"\n}\n' },
      findings: [{ messageId: 'public', line: 9, column: 16, endColumn: 26, related: ['variables.tf:2:13'], suggestions: [] }],
    },
  ],
});

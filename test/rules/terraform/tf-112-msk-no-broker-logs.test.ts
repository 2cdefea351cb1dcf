import rule from '../../../rules/terraform/tf-112-msk-no-broker-logs';
import { ruleTester } from '../../helpers/rule-tester';

const cluster = (body: string) => `resource "aws_msk_cluster" "events" {\n  cluster_name = "events"\n${body}}\n`;
const logs = (destinations: string) => `  logging_info {\n    broker_logs {\n${destinations}    }\n  }\n`;
const cloudwatch = (enabled: string) => `      cloudwatch_logs {\n        enabled   = ${enabled}\n        log_group = "msk"\n      }\n`;
const s3 = (enabled: string) => `      s3 {\n        enabled = ${enabled}\n        bucket  = "msk-logs"\n      }\n`;

ruleTester(rule, {
  good: [
    { name: 'CloudWatch Logs destination', code: cluster(logs(cloudwatch('true'))) },
    { name: 'S3 enabled, CloudWatch off', code: cluster(logs(cloudwatch('false') + s3('true'))) },
    { name: 'enabled not known before apply', code: cluster(logs(cloudwatch('var.logs'))), files: { 'variables.tf': 'variable "logs" {}\n' } },
    { name: 'dynamic logging_info from an unknown collection', code: cluster('  dynamic "logging_info" {\n    for_each = var.logging\n    content {\n      broker_logs {}\n    }\n  }\n') },
    { name: 'override file', filename: 'msk_override.tf', code: cluster('') },
    { name: 'JSON syntax, enabled', filename: 'main.tf.json', code: '{"resource": {"aws_msk_cluster": {"events": {"logging_info": {"broker_logs": {"firehose": {"enabled": true, "delivery_stream": "msk"}}}}}}}\n' },
  ],
  bad: [
    { name: 'no logging_info', code: cluster(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 36 }] },
    { name: 'broker_logs without a destination', code: cluster(logs('')), findings: [{ messageId: 'missing', line: 4, column: 5, endColumn: 16 }] },
    {
      name: 'every destination disabled',
      code: cluster(logs(cloudwatch('false') + s3('false'))),
      findings: [
        { messageId: 'disabled', line: 6, column: 21, endColumn: 26, suggestions: [{ title: 'Enable the broker logs', output: cluster(logs(cloudwatch('true') + s3('false'))) }] },
        { messageId: 'disabled', line: 10, column: 19, endColumn: 24, suggestions: [{ output: cluster(logs(cloudwatch('false') + s3('true'))) }] },
      ],
    },
    {
      name: 'disabled by a variable default',
      code: cluster(logs(cloudwatch('var.logs'))),
      files: { 'variables.tf': 'variable "logs" {\n  default = false\n}\n' },
      findings: [{ messageId: 'disabled', line: 6, column: 21, endColumn: 29, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'JSON syntax, no logging_info',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_msk_cluster": {"events": {"cluster_name": "events"}}}}\n',
      findings: [{ messageId: 'missing', line: 1, column: 35, endColumn: 43 }],
    },
  ],
});

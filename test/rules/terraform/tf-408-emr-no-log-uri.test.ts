import rule from '../../../rules/terraform/tf-408-emr-no-log-uri';
import { ruleTester } from '../../helpers/rule-tester';

const cluster = (body: string) => `resource "aws_emr_cluster" "etl" {\n  name          = "etl"\n  release_label = "emr-7.2.0"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'log_uri set', code: cluster('  log_uri = "s3://acme-emr-logs/etl/"\n') },
    { name: 'log_uri from a bucket', code: cluster('  log_uri = "s3://${aws_s3_bucket.logs.id}/etl/"\n') },
    { name: 'count = 0', code: cluster('  count = 0\n') },
  ],
  bad: [
    { name: 'no log_uri', code: cluster(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 33 }] },
    { name: 'empty log_uri', code: cluster('  log_uri = ""\n'), findings: [{ messageId: 'empty', line: 4, column: 13, endColumn: 15 }] },
    {
      name: 'empty from a variable default',
      code: cluster('  log_uri = var.log_uri\n'),
      files: { 'variables.tf': 'variable "log_uri" {\n  default = ""\n}\n' },
      findings: [{ messageId: 'empty', line: 4, column: 13, endColumn: 24, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_emr_cluster": {\n      "etl": { "name": "etl" }\n    }\n  }\n}\n',
      findings: [{ messageId: 'missing', line: 4, column: 7, endColumn: 12 }],
    },
  ],
});

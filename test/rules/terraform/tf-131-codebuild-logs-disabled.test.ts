import rule from '../../../rules/terraform/tf-131-codebuild-logs-disabled';
import { ruleTester } from '../../helpers/rule-tester';

const project = (logs: string) => `resource "aws_codebuild_project" "app" {\n  name = "app"\n\n  logs_config {\n${logs}  }\n}\n`;
const cloudwatch = (status: string) => `    cloudwatch_logs {\n      status = ${status}\n    }\n`;
const s3 = (status: string) => `    s3_logs {\n      status   = ${status}\n      location = "logs/build"\n    }\n`;

ruleTester(rule, {
  good: [
    { name: 'no logs_config: CloudWatch logs on', code: 'resource "aws_codebuild_project" "app" {\n  name = "app"\n}\n' },
    { name: 'CloudWatch logs enabled', code: project(cloudwatch('"ENABLED"')) },
    { name: 'CloudWatch logs off, S3 logs on', code: project(cloudwatch('"DISABLED"') + s3('"ENABLED"')) },
    { name: 'S3 status not known', code: project(cloudwatch('"DISABLED"') + s3('var.s3')) },
    { name: 'CloudWatch status not known', code: project(cloudwatch('var.status')) },
    { name: 'S3 logs from a dynamic block with an unknown for_each', code: project(cloudwatch('"DISABLED"') + '    dynamic "s3_logs" {\n      for_each = var.s3\n      content {\n        status = "ENABLED"\n      }\n    }\n') },
  ],
  bad: [
    { name: 'CloudWatch logs off, no S3 logs', code: project(cloudwatch('"DISABLED"')), findings: [{ messageId: 'disabled', line: 6, column: 16, endColumn: 26 }] },
    { name: 'both off', code: project(cloudwatch('"DISABLED"') + s3('"DISABLED"')), findings: [{ messageId: 'disabled', line: 6, column: 16, endColumn: 26 }] },
    {
      name: 'disabled from a variable default',
      code: project(cloudwatch('var.status')),
      files: { 'variables.tf': 'variable "status" {\n  default = "DISABLED"\n}\n' },
      findings: [{ messageId: 'disabled', line: 6, column: 16, endColumn: 26, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_codebuild_project": {\n      "app": { "name": "app", "logs_config": { "cloudwatch_logs": { "status": "DISABLED" } } }\n    }\n  }\n}\n',
      findings: [{ messageId: 'disabled', line: 4, column: 79, endColumn: 89 }],
    },
  ],
});

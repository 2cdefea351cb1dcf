import { defineRule } from '../api';
import { serviceLogRule } from '../shared/aws-logging';
import { awsDoc } from '../shared/aws-operations';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-130',
  title: 'Capture Global Accelerator flow logs',
  ...serviceLogRule({ severity: 'low', preset: 'strict' }),
  docs: {
    rationale:
      'An accelerator records the client address, ports and outcome of each flow only when attributes { ' +
      'flow_logs_enabled = true } (false by default) with a bucket: otherwise who reached the endpoints behind it is ' +
      'not known after the fact.',
    remediation: 'Add attributes { flow_logs_enabled = true, flow_logs_s3_bucket = "<bucket>", flow_logs_s3_prefix = "<prefix>" }.',
    links: [
      awsDoc('globalaccelerator_accelerator', 'flow_logs_enabled'),
      { title: 'Flow logs in AWS Global Accelerator', url: 'https://docs.aws.amazon.com/global-accelerator/latest/dg/monitoring-global-accelerator.flow-logs.html' },
    ],
  },
  messages: {
    disabled: 'flow_logs_enabled = false: flows through this accelerator are not logged.',
    missing: 'Flows through this accelerator are not logged (flow_logs_enabled defaults to false).',
  },
  examples: {
    bad: 'resource "aws_globalaccelerator_accelerator" "main" {\n  name = "main"\n}\n',
    good:
      'resource "aws_globalaccelerator_accelerator" "main" {\n  name = "main"\n\n  attributes {\n    flow_logs_enabled   = true\n' +
      '    flow_logs_s3_bucket = aws_s3_bucket.logs.bucket\n    flow_logs_s3_prefix = "accelerator/"\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_globalaccelerator_accelerator'],
    ...mustBeTrue('attributes.flow_logs_enabled'),
    absent: 'insecure',
    messages: { insecure: 'disabled', missing: 'missing' },
    // No edit: flow logs need a bucket that only the author can name.
    remedy: undefined,
  }),
});

import { defineRule } from '../api';
import { auditLogging, cisAws } from '../shared/aws-logging';
import { awsDoc } from '../shared/aws-operations';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-125',
  title: 'Keep the AWS Config recorder running',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['6.1'],
  frameworks: auditLogging(cisAws('3.3')),
  docs: {
    rationale:
      'aws_config_configuration_recorder_status with is_enabled = false stops the recorder: configuration changes of ' +
      'the account are no longer recorded, so who changed a security group or a bucket policy, and when, cannot be ' +
      'reconstructed.',
    remediation: 'Set is_enabled = true on the recorder status (with a delivery channel for the recorder).',
    links: [
      awsDoc('config_configuration_recorder_status', 'is_enabled'),
      { title: 'Managing the configuration recorder', url: 'https://docs.aws.amazon.com/config/latest/developerguide/stop-start-recorder.html' },
    ],
  },
  messages: {
    stopped: 'is_enabled = false: the AWS Config recorder does not record configuration changes.',
    missing: 'The AWS Config recorder is stopped.',
  },
  examples: {
    bad: 'resource "aws_config_configuration_recorder_status" "main" {\n  name       = aws_config_configuration_recorder.main.name\n  is_enabled = false\n}\n',
    good: 'resource "aws_config_configuration_recorder_status" "main" {\n  name       = aws_config_configuration_recorder.main.name\n  is_enabled = true\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_config_configuration_recorder_status'],
    ...mustBeTrue('is_enabled', { title: 'Start the recorder' }),
    // Required by the provider: a missing value is a plan error, not a stopped recorder.
    absent: 'unknown',
    messages: { insecure: 'stopped', missing: 'missing' },
  }),
});

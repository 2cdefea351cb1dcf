import { asString, defineRule } from '../api';
import { serviceLogRule } from '../shared/aws-logging';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-120',
  title: 'Log Step Functions state machine executions',
  // Execution history is kept by the service for 90 days anyway; logs add search and retention.
  ...serviceLogRule({ severity: 'low', preset: 'strict' }),
  docs: {
    rationale:
      'A state machine logs nothing to CloudWatch Logs unless logging_configuration sets a level other than OFF (the ' +
      'default): failed and unexpected executions, and which input drove them, leave only the service\'s own ' +
      'short-lived history.',
    remediation:
      'Add logging_configuration { level = "ERROR" (or "ALL"), log_destination = "${aws_cloudwatch_log_group.<name>.arn}:*" }.',
    links: [
      {
        title: 'aws_sfn_state_machine',
        url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sfn_state_machine#logging_configuration',
      },
      { title: 'Logging Step Functions in CloudWatch Logs', url: 'https://docs.aws.amazon.com/step-functions/latest/dg/cw-logs.html' },
    ],
  },
  messages: {
    off: 'logging_configuration sets level = "OFF": executions of this state machine are not logged.',
    missing: 'This state machine does not log its executions (the logging level defaults to OFF).',
  },
  examples: {
    bad: 'resource "aws_sfn_state_machine" "orders" {\n  name     = "orders"\n  role_arn = aws_iam_role.sfn.arn\n}\n',
    good:
      'resource "aws_sfn_state_machine" "orders" {\n  name     = "orders"\n  role_arn = aws_iam_role.sfn.arn\n\n' +
      '  logging_configuration {\n    level           = "ERROR"\n    log_destination = "${aws_cloudwatch_log_group.sfn.arn}:*"\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_sfn_state_machine'],
    path: 'logging_configuration.level',
    compliant: (value) => {
      const level = asString(value);
      return level === undefined ? undefined : level.toUpperCase() !== 'OFF';
    },
    absent: 'insecure',
    messages: { insecure: 'off', missing: 'missing' },
    // No edit: a level needs a log group to write to, which only the author can name.
  }),
});

import { defineRule } from '../api';
import { awsDoc, securityAlerting } from '../shared/aws-operations';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-126',
  title: 'Keep CloudWatch alarm actions enabled',
  target: 'terraform',
  severity: 'low',
  preset: 'recommended',
  requirements: ['6.3'],
  frameworks: securityAlerting(),
  docs: {
    rationale:
      'actions_enabled = false keeps a metric or composite alarm evaluating but runs none of its alarm, OK or insufficient-data actions: ' +
      'nobody is notified and no automatic response starts when the metric crosses its threshold. Alarms are enabled ' +
      'unless the argument says otherwise.',
    remediation: 'Remove actions_enabled = false (or set it to true) and give the alarm an alarm_actions target.',
    links: [
      awsDoc('cloudwatch_metric_alarm', 'actions_enabled'),
      { title: 'Using Amazon CloudWatch alarms', url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html' },
    ],
  },
  messages: {
    disabled: 'actions_enabled = false: this alarm notifies nobody when it fires.',
    missing: 'The actions of this alarm are disabled.',
  },
  examples: {
    bad:
      'resource "aws_cloudwatch_metric_alarm" "root_login" {\n  alarm_name      = "root-login"\n  actions_enabled = false\n' +
      '  alarm_actions   = [aws_sns_topic.security.arn]\n}\n',
    good: 'resource "aws_cloudwatch_metric_alarm" "root_login" {\n  alarm_name    = "root-login"\n  alarm_actions = [aws_sns_topic.security.arn]\n}\n',
  },
  check: attributeCheck({
    resources: ['aws_cloudwatch_metric_alarm', 'aws_cloudwatch_composite_alarm'],
    ...mustBeTrue('actions_enabled', { title: 'Enable the alarm actions' }),
    absent: 'compliant',
    messages: { insecure: 'disabled', missing: 'missing' },
  }),
});

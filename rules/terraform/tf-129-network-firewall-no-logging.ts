import { defineRule } from '../api';
import { serviceLogRule, splitLoggingCheck } from '../shared/aws-logging';
import { awsDoc } from '../shared/aws-operations';

export default defineRule({
  id: 'TF-129',
  title: 'Log the traffic AWS Network Firewall inspects',
  ...serviceLogRule(),
  docs: {
    rationale:
      'A Network Firewall logs nothing until an aws_networkfirewall_logging_configuration names it: the alerts of its ' +
      'stateful rules and the flows it passed or dropped are lost, which are the first records an investigation of ' +
      'traffic to or from the VPC needs.',
    remediation:
      'Add aws_networkfirewall_logging_configuration { firewall_arn = aws_networkfirewall_firewall.<name>.arn } with ALERT (and FLOW) log destinations.',
    links: [
      awsDoc('networkfirewall_logging_configuration'),
      { title: 'Logging network traffic from AWS Network Firewall', url: 'https://docs.aws.amazon.com/network-firewall/latest/developerguide/firewall-logging.html' },
    ],
  },
  messages: {
    none: 'No aws_networkfirewall_logging_configuration names this firewall: its alerts and flows are not logged.',
    notCreated: 'The logging configuration for this firewall is not created with these inputs.',
  },
  examples: {
    bad: 'resource "aws_networkfirewall_firewall" "main" {\n  name                = "main"\n  firewall_policy_arn = aws_networkfirewall_firewall_policy.main.arn\n  vpc_id              = aws_vpc.main.id\n}\n',
    good:
      'resource "aws_networkfirewall_firewall" "main" {\n  name                = "main"\n  firewall_policy_arn = aws_networkfirewall_firewall_policy.main.arn\n  vpc_id              = aws_vpc.main.id\n}\n\n' +
      'resource "aws_networkfirewall_logging_configuration" "main" {\n  firewall_arn = aws_networkfirewall_firewall.main.arn\n\n  logging_configuration {\n' +
      '    log_destination_config {\n      log_destination      = { logGroup = aws_cloudwatch_log_group.firewall.name }\n      log_destination_type = "CloudWatchLogs"\n' +
      '      log_type             = "ALERT"\n    }\n  }\n}\n',
  },
  check: splitLoggingCheck({
    resource: 'aws_networkfirewall_firewall',
    logging: { type: 'aws_networkfirewall_logging_configuration', argument: 'firewall_arn' },
    messages: { none: 'none', notCreated: 'notCreated' },
    related: 'Logging configuration not created with these inputs',
  }),
});

import rule from '../../../rules/terraform/tf-129-network-firewall-no-logging';
import { ruleTester } from '../../helpers/rule-tester';

const firewall = 'resource "aws_networkfirewall_firewall" "main" {\n  name                = "main"\n  firewall_policy_arn = aws_networkfirewall_firewall_policy.main.arn\n}\n';
const logging = (arn: string, extra = '') => `resource "aws_networkfirewall_logging_configuration" "main" {\n${extra}  firewall_arn = ${arn}\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'logging configuration in the same file', code: `${firewall}\n${logging('aws_networkfirewall_firewall.main.arn')}` },
    { name: 'logging configuration in another file', code: firewall, files: { 'logging.tf': logging('aws_networkfirewall_firewall.main.arn') } },
    { name: 'logging configuration for a firewall that cannot be traced', code: firewall, files: { 'logging.tf': logging('var.firewall_arn') } },
    { name: 'firewall passed to a module', code: `${firewall}\nmodule "logs" {\n  source   = "./logs"\n  firewall = aws_networkfirewall_firewall.main.arn\n}\n` },
    { name: 'firewall not created', code: 'resource "aws_networkfirewall_firewall" "main" {\n  count = 0\n  name  = "main"\n}\n' },
    { name: 'override file', filename: 'fw_override.tf', code: firewall },
  ],
  bad: [
    { name: 'no logging configuration', code: firewall, findings: [{ messageId: 'none', line: 1, column: 1, endColumn: 47 }] },
    {
      name: 'logging configuration for another firewall',
      code: `${firewall}\n${logging('aws_networkfirewall_firewall.other.arn')}`,
      findings: [{ messageId: 'none', line: 1, column: 1, endColumn: 47 }],
    },
    {
      name: 'logging configuration not created',
      code: firewall,
      files: { 'logging.tf': logging('aws_networkfirewall_firewall.main.arn', '  count        = 0\n') },
      findings: [{ messageId: 'notCreated', line: 1, column: 1, endColumn: 47, related: ['logging.tf:1:1'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_networkfirewall_firewall": {\n      "main": { "name": "main" }\n    }\n  }\n}\n',
      findings: [{ messageId: 'none', line: 4, column: 7, endColumn: 13 }],
    },
  ],
});

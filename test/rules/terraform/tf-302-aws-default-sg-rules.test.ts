import rule from '../../../rules/terraform/tf-302-aws-default-sg-rules';
import { ruleTester } from '../../helpers/rule-tester';

const group = (body: string) => `resource "aws_default_security_group" "default" {\n  vpc_id = aws_vpc.main.id\n${body}}\n`;
const selfIngress = '\n  ingress {\n    protocol  = "-1"\n    self      = true\n    from_port = 0\n    to_port   = 0\n  }\n';

ruleTester(rule, {
  good: [
    { name: 'no rules: the group is closed', code: group('') },
    { name: 'empty rule lists', code: group('  ingress = []\n  egress  = []\n') },
    { name: 'dynamic rules over an unknown collection', code: group('  dynamic "ingress" {\n    for_each = var.rules\n    content {\n      protocol  = "-1"\n      self      = true\n      from_port = 0\n      to_port   = 0\n    }\n  }\n') },
    { name: 'dynamic rules over an empty local', code: group('  dynamic "egress" {\n    for_each = local.rules\n    content {\n      protocol  = "-1"\n      from_port = 0\n      to_port   = 0\n    }\n  }\n'), files: { 'locals.tf': 'locals {\n  rules = []\n}\n' } },
    { name: 'an ordinary security group', code: `resource "aws_security_group" "app" {${selfIngress}}\n` },
    {
      name: 'rule resource on another group',
      code: 'resource "aws_vpc_security_group_ingress_rule" "app" {\n  security_group_id = aws_security_group.app.id\n  cidr_ipv4         = "10.0.0.0/8"\n  ip_protocol       = "-1"\n}\n',
      files: { 'default.tf': group('') },
    },
    { name: 'count = 0', code: `resource "aws_default_security_group" "default" {\n  count = 0\n${selfIngress}}\n` },
    { name: 'JSON syntax, no rules', filename: 'main.tf.json', code: '{\n  "resource": {\n    "aws_default_security_group": {\n      "default": { "vpc_id": "vpc-1" }\n    }\n  }\n}\n' },
  ],
  bad: [
    { name: 'self-referencing ingress kept', code: group(selfIngress), findings: [{ messageId: 'inlineRule', line: 4, column: 3, endColumn: 10 }] },
    {
      name: 'ingress and egress',
      code: group(`${selfIngress}\n  egress {\n    protocol    = "-1"\n    from_port   = 0\n    to_port     = 0\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n`),
      findings: [{ messageId: 'inlineRule', line: 4, column: 3 }, { messageId: 'inlineRule', line: 11, column: 3, endColumn: 9 }],
    },
    { name: 'rules as a list of objects', code: group('  egress = [{ protocol = "-1", from_port = 0, to_port = 0, cidr_blocks = ["0.0.0.0/0"] }]\n'), findings: [{ messageId: 'inlineRule', line: 3, column: 12 }] },
    {
      name: 'dynamic rules over a known local',
      code: group('  dynamic "ingress" {\n    for_each = local.rules\n    content {\n      protocol  = "-1"\n      self      = true\n      from_port = 0\n      to_port   = 0\n    }\n  }\n'),
      files: { 'locals.tf': 'locals {\n  rules = [1]\n}\n' },
      findings: [{ messageId: 'inlineRule', line: 3, column: 3, endColumn: 10 }],
    },
    {
      name: 'rule resource attached to the default group',
      code: 'resource "aws_vpc_security_group_ingress_rule" "ssh" {\n  security_group_id = aws_default_security_group.default.id\n  cidr_ipv4         = "10.0.0.0/8"\n  ip_protocol       = "-1"\n}\n',
      files: { 'default.tf': group('') },
      findings: [{ messageId: 'ruleResource', line: 2, column: 23, endColumn: 60, related: ['default.tf:1:1'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_default_security_group": {\n      "default": {\n        "ingress": [{ "protocol": "-1", "self": true, "from_port": 0, "to_port": 0 }]\n      }\n    }\n  }\n}\n',
      findings: [{ messageId: 'inlineRule', line: 5 }],
    },
  ],
});

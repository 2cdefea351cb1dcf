import rule from '../../../rules/terraform/tf-300-aws-sg-ports-open';
import { ruleTester } from '../../helpers/rule-tester';

const sg = (body: string) => `resource "aws_security_group" "db" {\n  name = "db"\n\n${body}}\n`;
const ingress = (from: string, to: string, protocol: string, cidrs: string) =>
  `  ingress {\n    from_port   = ${from}\n    to_port     = ${to}\n    protocol    = "${protocol}"\n    cidr_blocks = ${cidrs}\n  }\n`;
const vpcRule = (body: string) => `resource "aws_vpc_security_group_ingress_rule" "db" {\n  security_group_id = aws_security_group.db.id\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'PostgreSQL from a private range', code: sg(ingress('5432', '5432', 'tcp', '["10.0.0.0/16"]')) },
    { name: 'HTTPS from the internet', code: sg(ingress('443', '443', 'tcp', '["0.0.0.0/0"]')) },
    { name: 'HTTP from the internet over IPv6', code: sg('  ingress {\n    from_port        = 80\n    to_port          = 80\n    protocol         = "tcp"\n    ipv6_cidr_blocks = ["::/0"]\n  }\n') },
    { name: 'SSH alone is left to TF-001', code: sg(ingress('22', '22', 'tcp', '["0.0.0.0/0"]')) },
    { name: 'ICMP from the internet', code: sg(ingress('-1', '-1', 'icmp', '["0.0.0.0/0"]')) },
    { name: 'all traffic to the world is egress', code: sg('  egress {\n    from_port   = 0\n    to_port     = 0\n    protocol    = "-1"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n') },
    { name: 'CIDRs from a variable without a value', code: sg(ingress('5432', '5432', 'tcp', 'var.cidrs')), files: { 'variables.tf': 'variable "cidrs" {}\n' } },
    { name: 'port not known before apply', code: sg(ingress('var.port', 'var.port', 'tcp', '["0.0.0.0/0"]')) },
    { name: 'self reference on all traffic', code: sg('  ingress {\n    from_port = 0\n    to_port   = 0\n    protocol  = "-1"\n    self      = true\n  }\n') },
    { name: 'VPC rule from a prefix list', code: vpcRule('  prefix_list_id = aws_ec2_managed_prefix_list.office.id\n  ip_protocol    = "-1"\n') },
    { name: 'dynamic ingress over an unknown collection', code: sg('  dynamic "ingress" {\n    for_each = var.rules\n    content {\n      from_port   = 5432\n      to_port     = 5432\n      protocol    = "tcp"\n      cidr_blocks = ["0.0.0.0/0"]\n    }\n  }\n') },
    { name: 'count = 0', code: `resource "aws_security_group" "db" {\n  count = 0\n${ingress('5432', '5432', 'tcp', '["0.0.0.0/0"]')}}\n` },
    {
      name: 'JSON syntax, private range',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_security_group": {\n      "db": {\n        "ingress": [{ "from_port": 5432, "to_port": 5432, "protocol": "tcp", "cidr_blocks": ["10.0.0.0/8"] }]\n      }\n    }\n  }\n}\n',
    },
  ],
  bad: [
    {
      name: 'PostgreSQL from 0.0.0.0/0 inline',
      code: sg(ingress('5432', '5432', 'tcp', '["0.0.0.0/0"]')),
      findings: [{ messageId: 'portOpen', line: 8, column: 20, endColumn: 31, severity: 'high', suggestions: [] }],
    },
    {
      name: 'all protocols from ::/0',
      code: sg('  ingress {\n    from_port        = 0\n    to_port          = 0\n    protocol         = "-1"\n    ipv6_cidr_blocks = ["::/0"]\n  }\n'),
      findings: [{ messageId: 'allTraffic', line: 8, column: 25, endColumn: 31, severity: 'critical' }],
    },
    {
      name: 'every TCP port',
      code: sg(ingress('0', '65535', 'tcp', '["10.0.0.0/8", "0.0.0.0/0"]')),
      findings: [{ messageId: 'allTraffic', line: 8, column: 34, endColumn: 45, severity: 'critical' }],
    },
    { name: 'a range around SSH', code: sg(ingress('20', '25', 'tcp', '["0.0.0.0/0"]')), findings: [{ messageId: 'portOpen', line: 8, column: 20 }] },
    { name: 'UDP DNS', code: sg(ingress('53', '53', 'udp', '["0.0.0.0/0"]')), findings: [{ messageId: 'portOpen', line: 8 }] },
    {
      name: 'rule resource with Redis',
      code: 'resource "aws_security_group_rule" "redis" {\n  type              = "ingress"\n  from_port         = 6379\n  to_port           = 6379\n  protocol          = "tcp"\n  cidr_blocks       = ["0.0.0.0/0"]\n  security_group_id = aws_security_group.db.id\n}\n',
      findings: [{ messageId: 'portOpen', line: 6, column: 24, endColumn: 35 }],
    },
    {
      name: 'VPC ingress rule for every protocol',
      code: vpcRule('  cidr_ipv4         = "0.0.0.0/0"\n  ip_protocol       = "-1"\n'),
      findings: [{ messageId: 'allTraffic', line: 3, column: 23, endColumn: 34 }],
    },
    {
      name: 'world CIDR from a variable default: at the use',
      code: sg(ingress('9200', '9200', 'tcp', '[var.cidr]')),
      files: { 'variables.tf': 'variable "cidr" {\n  default = "0.0.0.0/0"\n}\n' },
      findings: [{ messageId: 'portOpen', line: 8, column: 20, endColumn: 28, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'ingress written as a list of objects',
      code: 'resource "aws_security_group" "db" {\n  ingress = [{\n    from_port   = 27017\n    to_port     = 27017\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }]\n}\n',
      findings: [{ messageId: 'portOpen', line: 6, column: 20, endColumn: 31 }],
    },
    {
      name: 'dynamic ingress over a known local',
      code: sg('  dynamic "ingress" {\n    for_each = local.ports\n    content {\n      from_port   = ingress.value\n      to_port     = ingress.value\n      protocol    = "tcp"\n      cidr_blocks = ["0.0.0.0/0"]\n    }\n  }\n'),
      files: { 'locals.tf': 'locals {\n  ports = [443, 3306]\n}\n' },
      findings: [{ messageId: 'portOpen', line: 10, column: 22, endColumn: 33 }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_security_group": {\n      "db": {\n        "ingress": [{ "from_port": 5432, "to_port": 5432, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"] }]\n      }\n    }\n  }\n}\n',
      findings: [{ messageId: 'portOpen', line: 5, column: 94, endColumn: 105 }],
    },
  ],
});

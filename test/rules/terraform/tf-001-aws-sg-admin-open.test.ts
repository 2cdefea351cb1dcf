import rule from '../../../rules/terraform/tf-001-aws-sg-admin-open';
import { ruleTester } from '../../helpers/rule-tester';

const sg = (ingress: string) => `resource "aws_security_group" "admin" {\n  name   = "admin"\n  vpc_id = aws_vpc.main.id\n\n${ingress}}\n`;
const ingress = (body: string) => `  ingress {\n${body}  }\n`;
const ssh = (cidrs: string) => ingress(`    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n    cidr_blocks = ${cidrs}\n`);

const adminCidr = 'variable "admin_cidr" {\n  type    = string\n  default = "0.0.0.0/0"\n}\n';
const dynamicIngress =
  '  dynamic "ingress" {\n    for_each = local.admin_rules\n    content {\n      from_port   = ingress.value.port\n      to_port     = ingress.value.port\n' +
  '      protocol    = "tcp"\n      cidr_blocks = [ingress.value.cidr]\n    }\n  }\n';

ruleTester(rule, {
  good: [
    { name: 'SSH from a private range', code: sg(ssh('["10.0.0.0/8"]')) },
    { name: 'HTTPS from the internet', code: sg(ingress('    from_port   = 443\n    to_port     = 443\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n')) },
    { name: 'UDP 22 from the internet is not SSH', code: sg(ingress('    from_port   = 22\n    to_port     = 22\n    protocol    = "udp"\n    cidr_blocks = ["0.0.0.0/0"]\n')) },
    { name: 'ICMP from the internet', code: sg(ingress('    from_port   = -1\n    to_port     = -1\n    protocol    = "icmp"\n    cidr_blocks = ["0.0.0.0/0"]\n')) },
    { name: 'egress to the world on all ports is not ingress', code: sg('  egress {\n    from_port   = 0\n    to_port     = 0\n    protocol    = "-1"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n') },
    { name: 'self reference', code: sg(ingress('    from_port = 22\n    to_port   = 22\n    protocol  = "tcp"\n    self      = true\n')) },
    { name: 'security group reference', code: sg(ingress('    from_port       = 22\n    to_port         = 22\n    protocol        = "tcp"\n    security_groups = [aws_security_group.bastion.id]\n')) },
    { name: 'prefix list', code: sg(ingress('    from_port       = 3389\n    to_port         = 3389\n    protocol        = "tcp"\n    prefix_list_ids = [aws_ec2_managed_prefix_list.office.id]\n')) },
    { name: 'CIDRs from a variable are unknown', code: sg(ssh('var.admin_cidrs')) },
    { name: 'CIDR element from a variable is unknown', code: sg(ssh('[var.admin_cidr]')) },
    { name: 'port from a variable is unknown', code: sg(ingress('    from_port   = var.port\n    to_port     = var.port\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n')) },
    { name: 'protocol from a local is unknown', code: sg(ingress('    from_port   = 22\n    to_port     = 22\n    protocol    = local.protocol\n    cidr_blocks = ["0.0.0.0/0"]\n')) },
    { name: 'range below SSH', code: sg(ingress('    from_port   = 0\n    to_port     = 21\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n')) },
    {
      name: 'dynamic ingress has unknown contents',
      code: sg('  dynamic "ingress" {\n    for_each = var.ingress_rules\n    content {\n      from_port   = ingress.value.port\n      to_port     = ingress.value.port\n      protocol    = "tcp"\n      cidr_blocks = ["0.0.0.0/0"]\n    }\n  }\n'),
    },
    { name: 'count = 0 creates nothing', code: `resource "aws_security_group" "admin" {\n  count = 0\n\n${ssh('["0.0.0.0/0"]')}}\n` },
    { name: 'empty literal for_each creates nothing', code: `resource "aws_security_group" "admin" {\n  for_each = {}\n\n${ssh('["0.0.0.0/0"]')}}\n` },
    {
      name: 'rule resource of type egress',
      code: 'resource "aws_security_group_rule" "out" {\n  type              = "egress"\n  from_port         = 0\n  to_port           = 65535\n  protocol          = "tcp"\n  cidr_blocks       = ["0.0.0.0/0"]\n  security_group_id = aws_security_group.admin.id\n}\n',
    },
    {
      name: 'rule resource with a source security group',
      code: 'resource "aws_security_group_rule" "ssh" {\n  type                     = "ingress"\n  from_port                = 22\n  to_port                  = 22\n  protocol                 = "tcp"\n  source_security_group_id = aws_security_group.bastion.id\n  security_group_id        = aws_security_group.admin.id\n}\n',
    },
    {
      name: 'VPC ingress rule referencing a security group',
      code: 'resource "aws_vpc_security_group_ingress_rule" "ssh" {\n  security_group_id            = aws_security_group.admin.id\n  referenced_security_group_id = aws_security_group.bastion.id\n  ip_protocol                  = "-1"\n}\n',
    },
    {
      name: 'VPC ingress rule on HTTPS',
      code: 'resource "aws_vpc_security_group_ingress_rule" "https" {\n  security_group_id = aws_security_group.web.id\n  cidr_ipv6         = "::/0"\n  ip_protocol       = "tcp"\n  from_port         = 443\n  to_port           = 443\n}\n',
    },
    { name: 'ingress as a list of objects, private range', code: 'resource "aws_security_group" "a" {\n  ingress = [{\n    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n    cidr_blocks = ["10.0.0.0/8"]\n  }]\n}\n' },
    { name: 'empty ingress list', code: 'resource "aws_security_group" "a" {\n  ingress = []\n}\n' },
    {
      name: 'JSON syntax, private range',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_security_group": {\n      "admin": {\n        "ingress": [{ "from_port": 22, "to_port": 22, "protocol": "tcp", "cidr_blocks": ["10.0.0.0/8"] }]\n      }\n    }\n  }\n}\n',
    },
    {
      name: 'variable default overridden with a private range in terraform.tfvars',
      code: sg(ssh('[var.admin_cidr]')),
      files: { 'variables.tf': adminCidr, 'terraform.tfvars': 'admin_cidr = "10.0.0.0/8"\n' },
    },
    { name: 'variable without a default is unknown', code: sg(ssh('[var.admin_cidr]')), files: { 'variables.tf': 'variable "admin_cidr" {\n  type = string\n}\n' } },
    {
      name: 'group switched off by a variable default',
      code: `resource "aws_security_group" "admin" {\n  count = var.create ? 1 : 0\n\n${ssh('["0.0.0.0/0"]')}}\n`,
      files: { 'variables.tf': 'variable "create" {\n  default = false\n}\n' },
    },
    {
      name: 'dynamic ingress from a local list of private ranges',
      code: sg(dynamicIngress),
      files: { 'locals.tf': 'locals {\n  admin_rules = [{ port = 22, cidr = "10.0.0.0/8" }]\n}\n' },
    },
  ],
  bad: [
    {
      name: 'SSH from 0.0.0.0/0 in an inline block',
      code: sg(ssh('["0.0.0.0/0"]')),
      findings: [{ messageId: 'worldOpen', line: 9, column: 20, endLine: 9, endColumn: 31, suggestions: [] }],
    },
    {
      name: 'world entry next to a trusted range: suggest removing it',
      code: sg(ssh('["10.0.0.0/8", "0.0.0.0/0"]')),
      findings: [{ messageId: 'worldOpen', line: 9, column: 34, endColumn: 45, suggestions: [{ title: 'Remove 0.0.0.0/0 from cidr_blocks', output: sg(ssh('["10.0.0.0/8"]')) }] }],
    },
    {
      name: 'world entry first in a multi-line list',
      code: sg(ssh('[\n      "0.0.0.0/0",\n      var.office_cidr,\n    ]')),
      findings: [{ messageId: 'worldOpen', line: 10, column: 7, endColumn: 18, suggestions: [{ output: sg(ssh('[\n      var.office_cidr,\n    ]')) }] }],
    },
    {
      name: 'RDP from ::/0 over IPv6',
      code: sg(ingress('    from_port        = 3389\n    to_port          = 3389\n    protocol         = "6"\n    ipv6_cidr_blocks = ["::/0"]\n')),
      findings: [{ messageId: 'worldOpen', line: 9, column: 25, endColumn: 31 }],
    },
    {
      name: 'all protocols open to the world',
      code: sg(ingress('    from_port   = 0\n    to_port     = 0\n    protocol    = "-1"\n    cidr_blocks = ["0.0.0.0/0"]\n    ipv6_cidr_blocks = ["::/0"]\n')),
      findings: [
        { messageId: 'worldOpen', line: 9, column: 20, endColumn: 31 },
        { messageId: 'worldOpen', line: 10, column: 25, endColumn: 31 },
      ],
    },
    {
      name: 'protocol "all" with a numeric -1 elsewhere',
      code: sg(ingress('    from_port   = 0\n    to_port     = 0\n    protocol    = "all"\n    cidr_blocks = ["0.0.0.0/0"]\n')),
      findings: [{ messageId: 'worldOpen', line: 9, column: 20, endColumn: 31 }],
    },
    {
      name: 'a wide TCP range covering both ports',
      code: sg(ingress('    from_port   = 0\n    to_port     = 65535\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n')),
      findings: [{ messageId: 'worldOpen', line: 9, column: 20, endColumn: 31 }],
    },
    {
      name: 'only the static block of a group that also has a dynamic one',
      code: sg('  dynamic "ingress" {\n    for_each = var.rules\n    content {\n      from_port = ingress.value\n      to_port   = ingress.value\n      protocol  = "tcp"\n    }\n  }\n' + ssh('["0.0.0.0/0"]')),
      findings: [{ messageId: 'worldOpen', line: 17, column: 20, endColumn: 31 }],
    },
    {
      name: 'next to a half-written one-line block',
      code: 'resource "aws_security_group" "a" {\n  ingress { from_port = 22 }\n  ingress {\n    from_port = 22\n    to_port = 22\n    protocol = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n',
      findings: [{ messageId: 'worldOpen', line: 7, column: 20, endColumn: 31 }],
    },
    {
      name: 'counted group',
      code: `resource "aws_security_group" "admin" {\n  count = var.enabled ? 1 : 0\n\n${ssh('["0.0.0.0/0"]')}}\n`,
      findings: [{ messageId: 'worldOpen', line: 8, column: 20, endColumn: 31 }],
    },
    {
      name: 'for_each group',
      code: `resource "aws_security_group" "admin" {\n  for_each = toset(["a", "b"])\n\n${ssh('["0.0.0.0/0"]')}}\n`,
      findings: [{ messageId: 'worldOpen', line: 8, column: 20, endColumn: 31 }],
    },
    {
      name: 'default security group',
      code: `resource "aws_default_security_group" "default" {\n  vpc_id = aws_vpc.main.id\n${ssh('["0.0.0.0/0"]')}}\n`,
      findings: [{ messageId: 'worldOpen', line: 7, column: 20, endColumn: 31 }],
    },
    {
      name: 'ingress written as a list of objects',
      code: 'resource "aws_security_group" "a" {\n  ingress = [{\n    from_port        = 22\n    to_port          = 22\n    protocol         = "tcp"\n    cidr_blocks      = ["0.0.0.0/0"]\n    ipv6_cidr_blocks = []\n    prefix_list_ids  = []\n    security_groups  = []\n    self             = false\n    description      = "ssh"\n  }]\n}\n',
      findings: [{ messageId: 'worldOpen', line: 6, column: 25, endColumn: 36 }],
    },
    {
      name: 'rule resource with a port range',
      code: 'resource "aws_security_group_rule" "admin" {\n  type              = "ingress"\n  from_port         = 20\n  to_port           = 3390\n  protocol          = "tcp"\n  cidr_blocks       = ["0.0.0.0/0"]\n  security_group_id = aws_security_group.admin.id\n}\n',
      findings: [{ messageId: 'worldOpen', line: 6, column: 24, endColumn: 35 }],
    },
    {
      name: 'VPC ingress rule with cidr_ipv4 and tcp 22',
      code: 'resource "aws_vpc_security_group_ingress_rule" "ssh" {\n  security_group_id = aws_security_group.admin.id\n  cidr_ipv4         = "0.0.0.0/0"\n  ip_protocol       = "tcp"\n  from_port         = 22\n  to_port           = 22\n}\n',
      findings: [{ messageId: 'worldOpen', line: 3, column: 23, endColumn: 34, suggestions: [] }],
    },
    {
      name: 'VPC ingress rule with ip_protocol -1 and no ports',
      code: 'resource "aws_vpc_security_group_ingress_rule" "all" {\n  security_group_id = aws_security_group.admin.id\n  cidr_ipv6         = "::/0"\n  ip_protocol       = "-1"\n}\n',
      findings: [{ messageId: 'worldOpen', line: 3, column: 23, endColumn: 29 }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_security_group": {\n      "admin": {\n        "ingress": [{ "from_port": 22, "to_port": 22, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"] }]\n      }\n    }\n  }\n}\n',
      findings: [{ messageId: 'worldOpen', line: 5, column: 90, endColumn: 101 }],
    },
      {
      name: 'CIDR from a variable default in variables.tf',
      code: sg(ssh('[var.admin_cidr]')),
      files: { 'variables.tf': adminCidr },
      findings: [{ messageId: 'worldOpen', line: 9, column: 20, endColumn: 34, related: ['variables.tf:3:13'], suggestions: [] }],
    },
    {
      name: 'private default overridden to the world in terraform.tfvars',
      code: sg(ssh('[var.admin_cidr]')),
      files: { 'variables.tf': 'variable "admin_cidr" {\n  default = "10.0.0.0/8"\n}\n', 'terraform.tfvars': 'admin_cidr = "0.0.0.0/0"\n' },
      findings: [{ messageId: 'worldOpen', line: 9, column: 20, endColumn: 34, related: ['terraform.tfvars:1:14'] }],
    },
    {
      name: 'list variable: the world entry of its default',
      code: sg(ssh('var.admin_cidrs')),
      files: { 'variables.tf': 'variable "admin_cidrs" {\n  default = ["10.0.0.0/8", "0.0.0.0/0"]\n}\n' },
      findings: [{ messageId: 'worldOpen', line: 9, column: 19, endColumn: 34, related: ['variables.tf:2:28'], suggestions: [] }],
    },
    {
      name: 'port from a variable default',
      code: sg(ingress('    from_port   = var.port\n    to_port     = var.port\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n')),
      files: { 'variables.tf': 'variable "port" {\n  type    = number\n  default = 22\n}\n' },
      findings: [{ messageId: 'worldOpen', line: 9, column: 20, endColumn: 31, related: [] }],
    },
    {
      name: 'dynamic ingress from a local list: reported inside content',
      code: sg(dynamicIngress),
      files: { 'locals.tf': 'locals {\n  admin_rules = [{ port = 443, cidr = "0.0.0.0/0" }, { port = 22, cidr = "0.0.0.0/0" }]\n}\n' },
      findings: [{ messageId: 'worldOpen', line: 11, column: 22, endColumn: 40, related: ['locals.tf:2:74'] }],
    },
    {
      name: 'for_each over a known map: the world element',
      code:
        'resource "aws_security_group_rule" "admin" {\n  for_each          = { office = "10.0.0.0/8", anywhere = "0.0.0.0/0" }\n  type              = "ingress"\n' +
        '  from_port         = 22\n  to_port           = 22\n  protocol          = "tcp"\n  cidr_blocks       = [each.value]\n  security_group_id = aws_security_group.admin.id\n}\n',
      findings: [{ messageId: 'worldOpen', line: 7, column: 24, endColumn: 34, related: [':2:59'] }],
    },
    {
      name: 'rule resource in its own file, group in main.tf',
      filename: 'rules.tf',
      code:
        'resource "aws_security_group_rule" "ssh" {\n  type              = "ingress"\n  from_port         = local.ssh_port\n  to_port           = local.ssh_port\n' +
        '  protocol          = "tcp"\n  cidr_blocks       = ["0.0.0.0/0"]\n  security_group_id = aws_security_group.admin.id\n}\n',
      files: { 'main.tf': 'locals {\n  ssh_port = 22\n}\n\nresource "aws_security_group" "admin" {\n  name = "admin"\n}\n' },
      findings: [{ messageId: 'worldOpen', line: 6, column: 24, endColumn: 35, related: [] }],
    },
  ],
});

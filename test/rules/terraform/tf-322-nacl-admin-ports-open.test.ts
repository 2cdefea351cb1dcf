import rule from '../../../rules/terraform/tf-322-nacl-admin-ports-open';
import { ruleTester } from '../../helpers/rule-tester';

const ruleResource = (body: string) => `resource "aws_network_acl_rule" "in" {\n  network_acl_id = aws_network_acl.public.id\n  rule_number    = 100\n${body}}\n`;
const acl = (entry: string) => `resource "aws_network_acl" "public" {\n  vpc_id = aws_vpc.main.id\n\n  ingress {\n${entry}  }\n}\n`;
const allAllow = '  protocol       = "-1"\n  rule_action    = "allow"\n  cidr_block     = "0.0.0.0/0"\n';

ruleTester(rule, {
  good: [
    { name: 'HTTPS from the internet', code: ruleResource('  protocol       = "tcp"\n  from_port      = 443\n  to_port        = 443\n  rule_action    = "allow"\n  cidr_block     = "0.0.0.0/0"\n') },
    { name: 'all traffic from the VPC', code: ruleResource('  protocol       = "-1"\n  rule_action    = "allow"\n  cidr_block     = "10.0.0.0/16"\n') },
    { name: 'deny entry', code: ruleResource('  protocol       = "tcp"\n  from_port      = 22\n  to_port        = 22\n  rule_action    = "deny"\n  cidr_block     = "0.0.0.0/0"\n') },
    { name: 'egress entry', code: ruleResource(`  egress         = true\n${allAllow}`) },
    { name: 'ephemeral ports', code: acl('    protocol   = "tcp"\n    rule_no    = 100\n    action     = "allow"\n    cidr_block = "0.0.0.0/0"\n    from_port  = 1024\n    to_port    = 65535\n') },
    { name: 'action from a variable without a value', code: ruleResource('  protocol       = "-1"\n  rule_action    = var.action\n  cidr_block     = "0.0.0.0/0"\n'), files: { 'variables.tf': 'variable "action" {}\n' } },
    { name: 'count = 0', code: ruleResource(`  count          = 0\n${allAllow}`) },
  ],
  bad: [
    { name: 'all traffic from the internet', code: ruleResource(allAllow), findings: [{ messageId: 'worldOpen', line: 6, column: 20, endColumn: 31 }] },
    {
      name: 'SSH from ::/0',
      code: ruleResource('  protocol        = "6"\n  from_port       = 22\n  to_port         = 22\n  rule_action     = "allow"\n  ipv6_cidr_block = "::/0"\n'),
      findings: [{ messageId: 'worldOpen', line: 8, column: 21, endColumn: 27 }],
    },
    {
      name: 'inline entry covering RDP',
      code: acl('    protocol   = "tcp"\n    rule_no    = 100\n    action     = "allow"\n    cidr_block = "0.0.0.0/0"\n    from_port  = 3000\n    to_port    = 4000\n'),
      findings: [{ messageId: 'worldOpen', line: 8, column: 18, endColumn: 29 }],
    },
    {
      name: 'default network ACL allowing everything',
      code: 'resource "aws_default_network_acl" "default" {\n  default_network_acl_id = aws_vpc.main.default_network_acl_id\n\n  ingress {\n    protocol   = -1\n    rule_no    = 100\n    action     = "allow"\n    cidr_block = "0.0.0.0/0"\n    from_port  = 0\n    to_port    = 0\n  }\n}\n',
      findings: [{ messageId: 'worldOpen', line: 8, column: 18 }],
    },
    {
      name: 'entries from a known local through for_each',
      code: 'resource "aws_network_acl_rule" "in" {\n  for_each       = local.rules\n  network_acl_id = aws_network_acl.public.id\n  rule_number    = each.key\n  protocol       = "-1"\n  rule_action    = "allow"\n  cidr_block     = each.value\n}\n',
      files: { 'locals.tf': 'locals {\n  rules = { "100" = "10.0.0.0/8", "200" = "0.0.0.0/0" }\n}\n' },
      findings: [{ messageId: 'worldOpen', line: 7, column: 20, endColumn: 30, related: ['locals.tf:2:43'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_network_acl_rule": {\n      "in": { "protocol": "-1", "rule_action": "allow", "cidr_block": "0.0.0.0/0" }\n    }\n  }\n}\n',
      findings: [{ messageId: 'worldOpen', line: 4, column: 71, endColumn: 82 }],
    },
  ],
});

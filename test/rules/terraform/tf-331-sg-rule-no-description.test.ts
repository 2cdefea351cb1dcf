import rule from '../../../rules/terraform/tf-331-sg-rule-no-description';
import { ruleTester } from '../../helpers/rule-tester';

const sg = (ingress: string) => `resource "aws_security_group" "web" {\n  name = "web"\n\n  ingress {\n${ingress}    from_port   = 443\n    to_port     = 443\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n`;
const vpcRule = (body: string) => `resource "aws_vpc_security_group_ingress_rule" "https" {\n  security_group_id = aws_security_group.web.id\n${body}  cidr_ipv4         = "10.0.0.0/8"\n  ip_protocol       = "tcp"\n  from_port         = 443\n  to_port           = 443\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'inline rule with a description', code: sg('    description = "HTTPS from anywhere"\n') },
    { name: 'VPC rule with a description', code: vpcRule('  description       = "HTTPS from the VPN"\n') },
    { name: 'description from a variable without a value', code: vpcRule('  description       = var.purpose\n'), files: { 'variables.tf': 'variable "purpose" {}\n' } },
    { name: 'group without rules', code: 'resource "aws_security_group" "empty" {\n  name = "empty"\n}\n' },
    { name: 'override file', filename: 'sg_override.tf', code: vpcRule('') },
  ],
  bad: [
    { name: 'inline rule without a description', code: sg(''), findings: [{ messageId: 'undescribed', line: 4, column: 3, endColumn: 10 }] },
    { name: 'blank description', code: sg('    description = " "\n'), findings: [{ messageId: 'undescribed', line: 4 }] },
    { name: 'VPC rule without a description', code: vpcRule(''), findings: [{ messageId: 'undescribed', line: 1, column: 1, endColumn: 55 }] },
    {
      name: 'classic rule resource',
      code: 'resource "aws_security_group_rule" "https" {\n  type              = "ingress"\n  from_port         = 443\n  to_port           = 443\n  protocol          = "tcp"\n  security_group_id = aws_security_group.web.id\n}\n',
      findings: [{ messageId: 'undescribed', line: 1, column: 1, endColumn: 43 }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_vpc_security_group_ingress_rule": {\n      "https": { "ip_protocol": "-1" }\n    }\n  }\n}\n',
      findings: [{ messageId: 'undescribed', line: 4, column: 7, endColumn: 14 }],
    },
  ],
});

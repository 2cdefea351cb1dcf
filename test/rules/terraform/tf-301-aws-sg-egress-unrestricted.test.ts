import rule from '../../../rules/terraform/tf-301-aws-sg-egress-unrestricted';
import { ruleTester } from '../../helpers/rule-tester';

const sg = (body: string) => `resource "aws_security_group" "app" {\n  name = "app"\n\n${body}}\n`;
const egress = (from: string, to: string, protocol: string, cidrs: string) =>
  `  egress {\n    from_port   = ${from}\n    to_port     = ${to}\n    protocol    = "${protocol}"\n    cidr_blocks = ${cidrs}\n  }\n`;

ruleTester(rule, {
  good: [
    { name: 'no egress rules: Terraform removes the default', code: sg('') },
    { name: 'HTTPS to the internet', code: sg(egress('443', '443', 'tcp', '["0.0.0.0/0"]')) },
    { name: 'all traffic inside the VPC', code: sg(egress('0', '0', '-1', '["10.0.0.0/16"]')) },
    { name: 'all traffic from the world is ingress', code: sg('  ingress {\n    from_port   = 0\n    to_port     = 0\n    protocol    = "-1"\n    cidr_blocks = ["10.0.0.0/8"]\n  }\n') },
    { name: 'destination from a variable without a value', code: sg(egress('0', '0', '-1', 'var.cidrs')), files: { 'variables.tf': 'variable "cidrs" {}\n' } },
    { name: 'count = 0', code: `resource "aws_security_group" "app" {\n  count = 0\n${egress('0', '0', '-1', '["0.0.0.0/0"]')}}\n` },
    {
      name: 'VPC egress rule to a prefix list',
      code: 'resource "aws_vpc_security_group_egress_rule" "s3" {\n  security_group_id = aws_security_group.app.id\n  prefix_list_id    = data.aws_prefix_list.s3.id\n  ip_protocol       = "-1"\n}\n',
    },
  ],
  bad: [
    { name: 'allow-all egress inline', code: sg(egress('0', '0', '-1', '["0.0.0.0/0"]')), findings: [{ messageId: 'allEgress', line: 8, column: 20, endColumn: 31 }] },
    { name: 'every TCP port to ::/0', code: sg('  egress {\n    from_port        = 0\n    to_port          = 65535\n    protocol         = "tcp"\n    ipv6_cidr_blocks = ["::/0"]\n  }\n'), findings: [{ messageId: 'allEgress', line: 8, column: 25, endColumn: 31 }] },
    {
      name: 'rule resource of type egress',
      code: 'resource "aws_security_group_rule" "out" {\n  type              = "egress"\n  from_port         = 0\n  to_port           = 0\n  protocol          = "all"\n  cidr_blocks       = ["0.0.0.0/0"]\n  security_group_id = aws_security_group.app.id\n}\n',
      findings: [{ messageId: 'allEgress', line: 6, column: 24, endColumn: 35 }],
    },
    {
      name: 'VPC egress rule',
      code: 'resource "aws_vpc_security_group_egress_rule" "all" {\n  security_group_id = aws_security_group.app.id\n  cidr_ipv4         = "0.0.0.0/0"\n  ip_protocol       = "-1"\n}\n',
      findings: [{ messageId: 'allEgress', line: 3, column: 23, endColumn: 34 }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "aws_security_group": {\n      "app": {\n        "egress": [{ "from_port": 0, "to_port": 0, "protocol": "-1", "cidr_blocks": ["0.0.0.0/0"] }]\n      }\n    }\n  }\n}\n',
      findings: [{ messageId: 'allEgress', line: 5 }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-351-lb-listener-weak-tls';
import { ruleTester } from '../../helpers/rule-tester';

const listener = (body: string) => `resource "aws_lb_listener" "web" {\n  load_balancer_arn = aws_lb.web.arn\n${body}}\n`;
const title = 'Use the TLS 1.3/1.2 security policy';

ruleTester(rule, {
  good: [
    { name: 'TLS 1.3/1.2 policy', code: listener('  protocol   = "HTTPS"\n  ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"\n') },
    { name: 'TLS 1.2 forward secrecy policy', code: listener('  protocol   = "TLS"\n  ssl_policy = "ELBSecurityPolicy-FS-1-2-Res-2020-10"\n') },
    { name: 'TLS 1.3 only', code: listener('  protocol   = "HTTPS"\n  ssl_policy = "ELBSecurityPolicy-TLS13-1-3-2021-06"\n') },
    { name: 'plain HTTP listener needs no policy', code: listener('  protocol = "HTTP"\n') },
    { name: 'protocol absent', code: listener('  port = 80\n') },
    { name: 'TCP listener', code: listener('  protocol = "TCP"\n') },
    { name: 'protocol not known', code: listener('  protocol = var.protocol\n') },
    { name: 'policy not known', code: listener('  protocol   = "HTTPS"\n  ssl_policy = var.ssl_policy\n') },
    {
      name: 'policy from a variable default',
      code: listener('  protocol   = "HTTPS"\n  ssl_policy = var.ssl_policy\n'),
      files: { 'variables.tf': 'variable "ssl_policy" {\n  default = "ELBSecurityPolicy-TLS-1-2-2017-01"\n}\n' },
    },
  ],
  bad: [
    {
      name: 'HTTPS without a policy',
      code: listener('  protocol = "HTTPS"\n'),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 33, suggestions: [{ title, output: listener('  protocol = "HTTPS"\n  ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"\n') }] }],
    },
    {
      name: 'provider default written out',
      code: listener('  protocol   = "HTTPS"\n  ssl_policy = "ELBSecurityPolicy-2016-08"\n'),
      findings: [{ messageId: 'weakPolicy', line: 4, column: 16, endColumn: 43, suggestions: [{ title, output: listener('  protocol   = "HTTPS"\n  ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"\n') }] }],
    },
    {
      name: 'TLS 1.3 policy with a 1.0 minimum on an NLB',
      code: listener('  protocol   = "TLS"\n  ssl_policy = "ELBSecurityPolicy-TLS13-1-0-2021-06"\n'),
      findings: [{ messageId: 'weakPolicy', line: 4, column: 16, endColumn: 53 }],
    },
    {
      name: 'TLS 1.1 policy',
      code: listener('  protocol   = "HTTPS"\n  ssl_policy = "ELBSecurityPolicy-TLS-1-1-2017-01"\n'),
      findings: [{ messageId: 'weakPolicy', line: 4, column: 16, endColumn: 51 }],
    },
    {
      name: 'policy from a variable default',
      code: listener('  protocol   = "HTTPS"\n  ssl_policy = var.ssl_policy\n'),
      files: { 'variables.tf': 'variable "ssl_policy" {\n  default = "ELBSecurityPolicy-2015-05"\n}\n' },
      findings: [{ messageId: 'weakPolicy', line: 4, column: 16, endColumn: 30, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'aws_alb_listener, count',
      code: 'resource "aws_alb_listener" "web" {\n  count    = 2\n  protocol = "HTTPS"\n}\n',
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 34 }],
    },
    {
      name: 'JSON syntax, absent',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_lb_listener": {"web": {"protocol": "HTTPS"}}}}\n',
      findings: [{ messageId: 'missing', line: 1, column: 35, endColumn: 40, suggestions: [{ output: '{"resource": {"aws_lb_listener": {"web": {"protocol": "HTTPS", "ssl_policy": "ELBSecurityPolicy-TLS13-1-2-2021-06"}}}}\n' }] }],
    },
  ],
});

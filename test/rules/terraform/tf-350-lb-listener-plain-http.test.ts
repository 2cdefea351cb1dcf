import rule from '../../../rules/terraform/tf-350-lb-listener-plain-http';
import { ruleTester } from '../../helpers/rule-tester';

const listener = (head: string, action: string) =>
  `resource "aws_lb_listener" "web" {\n  load_balancer_arn = aws_lb.web.arn\n${head}\n  default_action {\n${action}  }\n}\n`;
const forward = '    type             = "forward"\n    target_group_arn = aws_lb_target_group.web.arn\n';
const redirect = (body: string) => `    type = "redirect"\n\n    redirect {\n${body}      status_code = "HTTP_301"\n    }\n`;
const alb = 'resource "aws_lb" "web" {\n  name = "web"\n}\n';
const nlb = 'resource "aws_lb" "web" {\n  name               = "web"\n  load_balancer_type = "network"\n}\n';

ruleTester(rule, {
  good: [
    { name: 'HTTP redirected to HTTPS', code: listener('  protocol = "HTTP"\n', redirect('      protocol    = "HTTPS"\n')) },
    { name: 'HTTPS listener forwarding', code: listener('  protocol = "HTTPS"\n  certificate_arn = var.cert\n', forward) },
    { name: 'TCP listener of a Network Load Balancer', code: listener('  protocol = "TCP"\n', forward) },
    { name: 'protocol absent on a Network Load Balancer', code: listener('', forward), files: { 'lb.tf': nlb } },
    { name: 'protocol absent, balancer not in the module', code: listener('', forward) },
    { name: 'protocol not known before apply', code: listener('  protocol = var.protocol\n', forward) },
    { name: 'redirect protocol lower-case https', code: listener('  protocol = "HTTP"\n', redirect('      protocol    = "https"\n')) },
    { name: 'action type not known', code: listener('  protocol = "HTTP"\n', '    type = var.action\n') },
    { name: 'count = 0', code: listener('  count    = 0\n  protocol = "HTTP"\n', forward) },
    {
      name: 'JSON syntax, redirect',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_lb_listener": {"web": {"protocol": "HTTP", "default_action": {"type": "redirect", "redirect": {"protocol": "HTTPS", "status_code": "HTTP_301"}}}}}}\n',
    },
  ],
  bad: [
    {
      name: 'HTTP forwarding to the targets',
      code: listener('  protocol = "HTTP"\n', forward),
      findings: [{ messageId: 'plainHttp', line: 3, column: 14, endColumn: 20 }],
    },
    {
      name: 'protocol absent on an Application Load Balancer',
      code: listener('  port = 80\n', forward),
      files: { 'lb.tf': alb },
      findings: [{ messageId: 'plainHttp', line: 1, column: 1, endColumn: 33 }],
    },
    {
      name: 'fixed response on HTTP',
      code: listener('  protocol = "HTTP"\n', '    type = "fixed-response"\n\n    fixed_response {\n      content_type = "text/plain"\n      status_code  = "404"\n    }\n'),
      findings: [{ messageId: 'plainHttp', line: 3, column: 14, endColumn: 20 }],
    },
    {
      name: 'redirect without protocol keeps HTTP',
      code: listener('  protocol = "HTTP"\n', redirect('      port        = "443"\n')),
      findings: [{
        messageId: 'redirectNotHttps', line: 8, column: 5, endColumn: 13,
        suggestions: [{ title: 'Redirect to HTTPS', output: listener('  protocol = "HTTP"\n', '    type = "redirect"\n\n    redirect {\n      port        = "443"\n      status_code = "HTTP_301"\n      protocol = "HTTPS"\n    }\n') }],
      }],
    },
    {
      name: 'redirect to HTTP',
      code: listener('  protocol = "HTTP"\n', redirect('      protocol    = "HTTP"\n')),
      findings: [{ messageId: 'redirectNotHttps', line: 9, column: 21, endColumn: 27, suggestions: [{ output: listener('  protocol = "HTTP"\n', redirect('      protocol    = "HTTPS"\n')) }] }],
    },
    {
      name: 'protocol from a variable default',
      code: listener('  protocol = var.protocol\n', forward),
      files: { 'variables.tf': 'variable "protocol" {\n  default = "HTTP"\n}\n' },
      findings: [{ messageId: 'plainHttp', line: 3, column: 14, endColumn: 26, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'aws_alb_listener alias, for_each: reported once',
      code: 'resource "aws_alb_listener" "web" {\n  for_each = toset(["a", "b"])\n  protocol = "HTTP"\n\n  default_action {\n' + forward + '  }\n}\n',
      findings: [{ messageId: 'plainHttp', line: 3, column: 14, endColumn: 20 }],
    },
    {
      name: 'JSON syntax, forward',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_lb_listener": {"web": {"protocol": "HTTP", "default_action": {"type": "forward"}}}}}\n',
      findings: [{ messageId: 'plainHttp', line: 1, column: 55, endColumn: 61 }],
    },
  ],
});

import rule from '../../../rules/terraform/tf-110-wafv2-no-logging';
import { ruleTester } from '../../helpers/rule-tester';

const acl = 'resource "aws_wafv2_web_acl" "main" {\n  name  = "main"\n  scope = "REGIONAL"\n}\n';
const logging = (arn: string, extra = '') =>
  `\nresource "aws_wafv2_web_acl_logging_configuration" "main" {\n${extra}  resource_arn            = ${arn}\n  log_destination_configs = [aws_cloudwatch_log_group.waf.arn]\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'logging configuration in the same file', code: acl + logging('aws_wafv2_web_acl.main.arn') },
    { name: 'logging configuration in another file', code: acl, files: { 'logging.tf': logging('aws_wafv2_web_acl.main.arn') } },
    { name: 'ARN from a variable: could be this web ACL', code: acl + logging('var.web_acl_arn'), files: { 'variables.tf': 'variable "web_acl_arn" {}\n' } },
    { name: 'ARN through a local', code: acl + logging('local.acl_arn'), files: { 'locals.tf': 'locals {\n  acl_arn = aws_wafv2_web_acl.main.arn\n}\n' } },
    { name: 'web ACL passed to a module', code: acl + '\nmodule "waf_logs" {\n  source      = "./waf-logs"\n  web_acl_arn = aws_wafv2_web_acl.main.arn\n}\n' },
    { name: 'web ACL count = 0', code: 'resource "aws_wafv2_web_acl" "main" {\n  count = 0\n  name  = "main"\n}\n' },
    { name: 'override file', filename: 'waf_override.tf', code: acl },
    {
      name: 'JSON syntax, with logging',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_wafv2_web_acl": {"main": {"name": "main"}}, "aws_wafv2_web_acl_logging_configuration": {"main": {"resource_arn": "${aws_wafv2_web_acl.main.arn}"}}}}\n',
    },
  ],
  bad: [
    { name: 'no logging configuration', code: acl, findings: [{ messageId: 'noLogging', line: 1, column: 1, endColumn: 36 }] },
    {
      name: 'logging for another web ACL only',
      code: acl + '\nresource "aws_wafv2_web_acl" "other" {\n  name  = "other"\n  scope = "REGIONAL"\n}\n' + logging('aws_wafv2_web_acl.other.arn'),
      findings: [{ messageId: 'noLogging', line: 1, column: 1, endColumn: 36 }],
    },
    {
      name: 'logging turned off by a variable default',
      code: acl + logging('aws_wafv2_web_acl.main.arn', '  count                   = var.log ? 1 : 0\n'),
      files: { 'variables.tf': 'variable "log" {\n  default = false\n}\n' },
      findings: [{ messageId: 'notCreated', line: 1, column: 1, endColumn: 36, related: [':6:1'] }],
    },
    {
      name: 'JSON syntax, no logging',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_wafv2_web_acl": {"main": {"name": "main"}}}}\n',
      findings: [{ messageId: 'noLogging', line: 1, column: 37, endColumn: 43 }],
    },
  ],
});

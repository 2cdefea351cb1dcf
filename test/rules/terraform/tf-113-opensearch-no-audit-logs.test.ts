import rule from '../../../rules/terraform/tf-113-opensearch-no-audit-logs';
import { ruleTester } from '../../helpers/rule-tester';

const domain = (body: string, fgac = 'true', type = 'aws_opensearch_domain') =>
  `resource "${type}" "search" {\n  domain_name = "search"\n  advanced_security_options {\n    enabled = ${fgac}\n  }\n${body}}\n`;
const option = (logType: string, extra = '') =>
  `  log_publishing_options {\n    log_type                 = ${logType}\n    cloudwatch_log_group_arn = aws_cloudwatch_log_group.audit.arn\n${extra}  }\n`;

ruleTester(rule, {
  good: [
    { name: 'audit logs published (enabled defaults to true)', code: domain(option('"AUDIT_LOGS"')) },
    { name: 'explicitly enabled', code: domain(option('"AUDIT_LOGS"', '    enabled                  = true\n')) },
    { name: 'Elasticsearch domain with audit logs', code: domain(option('"AUDIT_LOGS"'), 'true', 'aws_elasticsearch_domain') },
    { name: 'no fine-grained access control: audit logs are not available', code: domain('', 'false') },
    { name: 'no advanced_security_options block', code: 'resource "aws_opensearch_domain" "search" {\n  domain_name = "search"\n}\n' },
    { name: 'fine-grained access control not known before apply', code: domain('', 'var.fgac'), files: { 'variables.tf': 'variable "fgac" {}\n' } },
    { name: 'log type not known before apply', code: domain(option('var.log_type')), files: { 'variables.tf': 'variable "log_type" {}\n' } },
    { name: 'dynamic options from an unknown collection', code: domain('  dynamic "log_publishing_options" {\n    for_each = var.logs\n    content {\n      log_type                 = log_publishing_options.key\n      cloudwatch_log_group_arn = log_publishing_options.value\n    }\n  }\n') },
    { name: 'override file', filename: 'search_override.tf', code: domain('') },
    { name: 'JSON syntax, published', filename: 'main.tf.json', code: '{"resource": {"aws_opensearch_domain": {"search": {"advanced_security_options": {"enabled": true}, "log_publishing_options": {"log_type": "AUDIT_LOGS", "cloudwatch_log_group_arn": "arn"}}}}}\n' },
  ],
  bad: [
    { name: 'no log publishing', code: domain(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 42 }] },
    { name: 'slow logs only', code: domain(option('"INDEX_SLOW_LOGS"')), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 42 }] },
    {
      name: 'audit logs disabled',
      code: domain(option('"AUDIT_LOGS"', '    enabled                  = false\n')),
      findings: [{
        messageId: 'disabled', line: 9, column: 32, endColumn: 37,
        suggestions: [{ title: 'Publish the audit logs', output: domain(option('"AUDIT_LOGS"', '    enabled                  = true\n')) }],
      }],
    },
    {
      name: 'JSON syntax, no audit logs',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_opensearch_domain": {"search": {"advanced_security_options": {"enabled": true}}}}}\n',
      findings: [{ messageId: 'missing', line: 1, column: 41, endColumn: 49 }],
    },
  ],
});

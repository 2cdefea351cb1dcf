import rule from '../../../rules/terraform/tf-117-docdb-neptune-no-audit-export';
import { ruleTester } from '../../helpers/rule-tester';

const docdb = (body: string) => `resource "aws_docdb_cluster" "docs" {\n  cluster_identifier = "docs"\n${body}}\n`;
const neptune = (body: string) => `resource "aws_neptune_cluster" "graph" {\n  cluster_identifier = "graph"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'DocumentDB exports audit', code: docdb('  enabled_cloudwatch_logs_exports = ["audit", "profiler"]\n') },
    { name: 'Neptune exports audit', code: neptune('  enable_cloudwatch_logs_exports = ["audit"]\n') },
    { name: 'list not known before apply', code: docdb('  enabled_cloudwatch_logs_exports = var.exports\n'), files: { 'variables.tf': 'variable "exports" {}\n' } },
    { name: 'an unknown element could be audit', code: neptune('  enable_cloudwatch_logs_exports = ["slowquery", var.other]\n') },
    { name: 'JSON syntax, exported', filename: 'main.tf.json', code: '{"resource": {"aws_neptune_cluster": {"graph": {"enable_cloudwatch_logs_exports": ["audit"]}}}}\n' },
  ],
  bad: [
    { name: 'DocumentDB without exports', code: docdb(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 36 }] },
    { name: 'Neptune without exports', code: neptune(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 39 }] },
    { name: 'profiler only', code: docdb('  enabled_cloudwatch_logs_exports = ["profiler"]\n'), findings: [{ messageId: 'noAudit', line: 3, column: 37, endColumn: 49 }] },
    {
      name: 'Neptune slow queries only, from a variable default',
      code: neptune('  enable_cloudwatch_logs_exports = var.exports\n'),
      files: { 'variables.tf': 'variable "exports" {\n  default = ["slowquery"]\n}\n' },
      findings: [{ messageId: 'noAudit', line: 3, column: 36, endColumn: 47, related: ['variables.tf:2:13'] }],
    },
    { name: 'the DocumentDB spelling on Neptune is not the argument', code: neptune('  enabled_cloudwatch_logs_exports = ["audit"]\n'), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 39 }] },
    { name: 'JSON syntax, no exports', filename: 'main.tf.json', code: '{"resource": {"aws_docdb_cluster": {"docs": {"cluster_identifier": "docs"}}}}\n', findings: [{ messageId: 'missing', line: 1, column: 37, endColumn: 43 }] },
  ],
});

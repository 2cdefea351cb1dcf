import rule from '../../../rules/terraform/tf-111-rds-no-log-exports';
import { ruleTester } from '../../helpers/rule-tester';

const db = (body: string, engine = 'postgres') => `resource "aws_db_instance" "main" {\n  engine         = "${engine}"\n  instance_class = "db.t4g.micro"\n${body}}\n`;
const cluster = (body: string) => `resource "aws_rds_cluster" "main" {\n  engine = "aurora-postgresql"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'PostgreSQL log exported', code: db('  enabled_cloudwatch_logs_exports = ["postgresql"]\n') },
    { name: 'MySQL logs exported', code: db('  enabled_cloudwatch_logs_exports = ["audit", "error", "slowquery"]\n', 'mysql') },
    { name: 'Aurora cluster exports', code: cluster('  enabled_cloudwatch_logs_exports = ["postgresql"]\n') },
    { name: 'Aurora instance: the cluster decides', code: db('', 'aurora-postgresql') },
    { name: 'RDS Custom has no log export', code: db('', 'custom-oracle-ee') },
    { name: 'engine not known before apply', code: 'resource "aws_db_instance" "main" {\n  engine = var.engine\n}\n' },
    { name: 'replica without an engine: inherited from its source', code: 'resource "aws_db_instance" "replica" {\n  replicate_source_db = aws_db_instance.main.identifier\n}\n' },
    { name: 'exports from a variable without a value', code: db('  enabled_cloudwatch_logs_exports = var.exports\n'), files: { 'variables.tf': 'variable "exports" {}\n' } },
    { name: 'JSON syntax, exported', filename: 'main.tf.json', code: '{"resource": {"aws_db_instance": {"main": {"engine": "postgres", "enabled_cloudwatch_logs_exports": ["postgresql"]}}}}\n' },
  ],
  bad: [
    { name: 'instance without exports', code: db(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 34 }] },
    { name: 'cluster without exports', code: cluster(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 34 }] },
    { name: 'empty list', code: db('  enabled_cloudwatch_logs_exports = []\n'), findings: [{ messageId: 'empty', line: 4, column: 37, endColumn: 39 }] },
    {
      name: 'empty list from a variable default',
      code: db('  enabled_cloudwatch_logs_exports = var.exports\n'),
      files: { 'variables.tf': 'variable "exports" {\n  type    = list(string)\n  default = []\n}\n' },
      findings: [{ messageId: 'empty', line: 4, column: 37, endColumn: 48, related: ['variables.tf:3:13'] }],
    },
    {
      name: 'JSON syntax, no exports',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_rds_cluster": {"main": {"engine": "aurora-mysql"}}}}\n',
      findings: [{ messageId: 'missing', line: 1, column: 35, endColumn: 41 }],
    },
  ],
});

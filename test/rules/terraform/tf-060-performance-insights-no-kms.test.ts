import rule from '../../../rules/terraform/tf-060-performance-insights-no-kms';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(rule, {
  good: [
    { name: 'customer-managed key', code: 'resource "aws_db_instance" "main" {\n  engine                       = "postgres"\n  performance_insights_enabled = true\n  performance_insights_kms_key_id = aws_kms_key.main.arn\n}\n' },
    { name: 'key from a variable without a value', code: 'resource "aws_db_instance" "main" {\n  engine                       = "postgres"\n  performance_insights_enabled = true\n  performance_insights_kms_key_id = var.kms_key\n}\n' },
    { name: 'Performance Insights off', code: 'resource "aws_db_instance" "main" {\n  engine = "postgres"\n}\n' },
    { name: 'Performance Insights from an unknown variable', code: 'resource "aws_rds_cluster" "main" {\n  performance_insights_enabled = var.pi\n}\n' },
  ],
  bad: [
    { name: 'no key', code: 'resource "aws_db_instance" "main" {\n  engine                       = "postgres"\n  performance_insights_enabled = true\n}\n', findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 34, suggestions: [] }] },
    { name: 'empty key', code: 'resource "aws_db_instance" "main" {\n  engine                       = "postgres"\n  performance_insights_enabled = true\n  performance_insights_kms_key_id = ""\n}\n', findings: [{ messageId: 'empty', line: 4, column: 37, endColumn: 39, suggestions: [] }] },
    { name: 'Aurora cluster with Performance Insights', code: 'resource "aws_rds_cluster" "main" {\n  performance_insights_enabled = true\n}\n', findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 34, suggestions: [] }] },
    { name: 'JSON syntax, Performance Insights on', filename: 'main.tf.json', code: '{"resource": {"aws_db_instance": {"main": {"performance_insights_enabled": true}}}}\n', findings: [{ messageId: 'missing', line: 1, column: 35, endColumn: 41, suggestions: [] }] },
  ],
});

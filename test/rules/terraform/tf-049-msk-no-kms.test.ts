import rule from '../../../rules/terraform/tf-049-msk-no-kms';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(rule, {
  good: [
    { name: 'customer-managed key', code: 'resource "aws_msk_cluster" "main" {\n  cluster_name           = "events"\n  kafka_version          = "3.6.0"\n  number_of_broker_nodes = 3\n  encryption_info {\n    encryption_at_rest_kms_key_arn = aws_kms_key.main.arn\n  }\n}\n' },
    { name: 'key from a variable without a value', code: 'resource "aws_msk_cluster" "main" {\n  cluster_name           = "events"\n  kafka_version          = "3.6.0"\n  number_of_broker_nodes = 3\n  encryption_info {\n    encryption_at_rest_kms_key_arn = var.kms_key\n  }\n}\n' },
  ],
  bad: [
    { name: 'no key', code: 'resource "aws_msk_cluster" "main" {\n  cluster_name           = "events"\n  kafka_version          = "3.6.0"\n  number_of_broker_nodes = 3\n}\n', findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 34, suggestions: [] }] },
    { name: 'empty key', code: 'resource "aws_msk_cluster" "main" {\n  cluster_name           = "events"\n  kafka_version          = "3.6.0"\n  number_of_broker_nodes = 3\n  encryption_info {\n    encryption_at_rest_kms_key_arn = ""\n  }\n}\n', findings: [{ messageId: 'empty', line: 6, column: 38, endColumn: 40, suggestions: [] }] },
    { name: 'JSON syntax, no key', filename: 'main.tf.json', code: '{"resource": {"aws_msk_cluster": {"main": {"tags": {}}}}}\n', findings: [{ messageId: 'missing', line: 1, column: 35, endColumn: 41, suggestions: [] }] },
  ],
});

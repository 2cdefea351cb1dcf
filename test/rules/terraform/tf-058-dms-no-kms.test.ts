import rule from '../../../rules/terraform/tf-058-dms-no-kms';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(rule, {
  good: [
    { name: 'customer-managed key', code: 'resource "aws_dms_replication_instance" "main" {\n  replication_instance_id    = "migrate"\n  replication_instance_class = "dms.t3.medium"\n  kms_key_arn = aws_kms_key.main.arn\n}\n' },
    { name: 'key from a variable without a value', code: 'resource "aws_dms_replication_instance" "main" {\n  replication_instance_id    = "migrate"\n  replication_instance_class = "dms.t3.medium"\n  kms_key_arn = var.kms_key\n}\n' },
  ],
  bad: [
    { name: 'no key', code: 'resource "aws_dms_replication_instance" "main" {\n  replication_instance_id    = "migrate"\n  replication_instance_class = "dms.t3.medium"\n}\n', findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 47, suggestions: [] }] },
    { name: 'empty key', code: 'resource "aws_dms_replication_instance" "main" {\n  replication_instance_id    = "migrate"\n  replication_instance_class = "dms.t3.medium"\n  kms_key_arn = ""\n}\n', findings: [{ messageId: 'empty', line: 4, column: 17, endColumn: 19, suggestions: [] }] },
    { name: 'JSON syntax, no key', filename: 'main.tf.json', code: '{"resource": {"aws_dms_replication_instance": {"main": {"tags": {}}}}}\n', findings: [{ messageId: 'missing', line: 1, column: 48, endColumn: 54, suggestions: [] }] },
  ],
});

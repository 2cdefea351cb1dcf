import rule from '../../../rules/terraform/tf-054-fsx-no-kms';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(rule, {
  good: [
    { name: 'customer-managed key', code: 'resource "aws_fsx_windows_file_system" "main" {\n  storage_capacity    = 32\n  subnet_ids          = [aws_subnet.main.id]\n  throughput_capacity = 32\n  kms_key_id = aws_kms_key.main.arn\n}\n' },
    { name: 'key from a variable without a value', code: 'resource "aws_fsx_windows_file_system" "main" {\n  storage_capacity    = 32\n  subnet_ids          = [aws_subnet.main.id]\n  throughput_capacity = 32\n  kms_key_id = var.kms_key\n}\n' },
    { name: 'scratch Lustre file system', code: 'resource "aws_fsx_lustre_file_system" "main" {\n  storage_capacity = 1200\n  subnet_ids       = [aws_subnet.main.id]\n}\n' },
    { name: 'Lustre deployment type not known', code: 'resource "aws_fsx_lustre_file_system" "main" {\n  deployment_type = var.type\n}\n' },
  ],
  bad: [
    { name: 'no key', code: 'resource "aws_fsx_windows_file_system" "main" {\n  storage_capacity    = 32\n  subnet_ids          = [aws_subnet.main.id]\n  throughput_capacity = 32\n}\n', findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 46, suggestions: [] }] },
    { name: 'empty key', code: 'resource "aws_fsx_windows_file_system" "main" {\n  storage_capacity    = 32\n  subnet_ids          = [aws_subnet.main.id]\n  throughput_capacity = 32\n  kms_key_id = ""\n}\n', findings: [{ messageId: 'empty', line: 5, column: 16, endColumn: 18, suggestions: [] }] },
    { name: 'persistent Lustre file system', code: 'resource "aws_fsx_lustre_file_system" "main" {\n  deployment_type = "PERSISTENT_2"\n}\n', findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 45, suggestions: [] }] },
    { name: 'JSON syntax, no key', filename: 'main.tf.json', code: '{"resource": {"aws_fsx_windows_file_system": {"main": {"tags": {}}}}}\n', findings: [{ messageId: 'missing', line: 1, column: 47, endColumn: 53, suggestions: [] }] },
  ],
});

import rule from '../../../rules/terraform/tf-047-sagemaker-domain-no-kms';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(rule, {
  good: [
    { name: 'customer-managed key', code: 'resource "aws_sagemaker_domain" "main" {\n  domain_name = "studio"\n  auth_mode   = "IAM"\n  vpc_id      = aws_vpc.main.id\n  kms_key_id = aws_kms_key.main.arn\n}\n' },
    { name: 'key from a variable without a value', code: 'resource "aws_sagemaker_domain" "main" {\n  domain_name = "studio"\n  auth_mode   = "IAM"\n  vpc_id      = aws_vpc.main.id\n  kms_key_id = var.kms_key\n}\n' },
  ],
  bad: [
    { name: 'no key', code: 'resource "aws_sagemaker_domain" "main" {\n  domain_name = "studio"\n  auth_mode   = "IAM"\n  vpc_id      = aws_vpc.main.id\n}\n', findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 39, suggestions: [] }] },
    { name: 'empty key', code: 'resource "aws_sagemaker_domain" "main" {\n  domain_name = "studio"\n  auth_mode   = "IAM"\n  vpc_id      = aws_vpc.main.id\n  kms_key_id = ""\n}\n', findings: [{ messageId: 'empty', line: 5, column: 16, endColumn: 18, suggestions: [] }] },
    { name: 'JSON syntax, no key', filename: 'main.tf.json', code: '{"resource": {"aws_sagemaker_domain": {"main": {"tags": {}}}}}\n', findings: [{ messageId: 'missing', line: 1, column: 40, endColumn: 46, suggestions: [] }] },
  ],
});

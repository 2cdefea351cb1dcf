import rule from '../../../rules/terraform/tf-045-sagemaker-notebook-no-kms';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(rule, {
  good: [
    { name: 'customer-managed key', code: 'resource "aws_sagemaker_notebook_instance" "main" {\n  name          = "lab"\n  role_arn      = aws_iam_role.sagemaker.arn\n  instance_type = "ml.t3.medium"\n  kms_key_id = aws_kms_key.main.arn\n}\n' },
    { name: 'key from a variable without a value', code: 'resource "aws_sagemaker_notebook_instance" "main" {\n  name          = "lab"\n  role_arn      = aws_iam_role.sagemaker.arn\n  instance_type = "ml.t3.medium"\n  kms_key_id = var.kms_key\n}\n' },
  ],
  bad: [
    { name: 'no key', code: 'resource "aws_sagemaker_notebook_instance" "main" {\n  name          = "lab"\n  role_arn      = aws_iam_role.sagemaker.arn\n  instance_type = "ml.t3.medium"\n}\n', findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 50, suggestions: [] }] },
    { name: 'empty key', code: 'resource "aws_sagemaker_notebook_instance" "main" {\n  name          = "lab"\n  role_arn      = aws_iam_role.sagemaker.arn\n  instance_type = "ml.t3.medium"\n  kms_key_id = ""\n}\n', findings: [{ messageId: 'empty', line: 5, column: 16, endColumn: 18, suggestions: [] }] },
    { name: 'JSON syntax, no key', filename: 'main.tf.json', code: '{"resource": {"aws_sagemaker_notebook_instance": {"main": {"tags": {}}}}}\n', findings: [{ messageId: 'missing', line: 1, column: 51, endColumn: 57, suggestions: [] }] },
  ],
});

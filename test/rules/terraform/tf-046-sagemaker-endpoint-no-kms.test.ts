import rule from '../../../rules/terraform/tf-046-sagemaker-endpoint-no-kms';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(rule, {
  good: [
    { name: 'customer-managed key', code: 'resource "aws_sagemaker_endpoint_configuration" "main" {\n  production_variants {\n    variant_name  = "main"\n    model_name    = aws_sagemaker_model.main.name\n    instance_type = "ml.m5.large"\n  }\n  kms_key_arn = aws_kms_key.main.arn\n}\n' },
    { name: 'key from a variable without a value', code: 'resource "aws_sagemaker_endpoint_configuration" "main" {\n  production_variants {\n    variant_name  = "main"\n    model_name    = aws_sagemaker_model.main.name\n    instance_type = "ml.m5.large"\n  }\n  kms_key_arn = var.kms_key\n}\n' },
  ],
  bad: [
    { name: 'no key', code: 'resource "aws_sagemaker_endpoint_configuration" "main" {\n  production_variants {\n    variant_name  = "main"\n    model_name    = aws_sagemaker_model.main.name\n    instance_type = "ml.m5.large"\n  }\n}\n', findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 55, suggestions: [] }] },
    { name: 'empty key', code: 'resource "aws_sagemaker_endpoint_configuration" "main" {\n  production_variants {\n    variant_name  = "main"\n    model_name    = aws_sagemaker_model.main.name\n    instance_type = "ml.m5.large"\n  }\n  kms_key_arn = ""\n}\n', findings: [{ messageId: 'empty', line: 7, column: 17, endColumn: 19, suggestions: [] }] },
    { name: 'JSON syntax, no key', filename: 'main.tf.json', code: '{"resource": {"aws_sagemaker_endpoint_configuration": {"main": {"tags": {}}}}}\n', findings: [{ messageId: 'missing', line: 1, column: 56, endColumn: 62, suggestions: [] }] },
  ],
});

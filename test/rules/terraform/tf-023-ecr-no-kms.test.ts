import rule from '../../../rules/terraform/tf-023-ecr-no-kms';
import { ruleTester } from '../../helpers/rule-tester';

const repo = (body: string) => `resource "aws_ecr_repository" "app" {\n  name = "app"\n${body}}\n`;
const title = 'Encrypt with KMS (the provider replaces the resource)';

ruleTester(rule, {
  good: [
    { name: 'KMS', code: repo('  encryption_configuration {\n    encryption_type = "KMS"\n  }\n') },
    { name: 'KMS with a customer-managed key', code: repo('  encryption_configuration {\n    encryption_type = "KMS"\n    kms_key         = aws_kms_key.ecr.arn\n  }\n') },
    { name: 'dual-layer KMS', code: repo('  encryption_configuration {\n    encryption_type = "KMS_DSSE"\n  }\n') },
    { name: 'not known before apply', code: repo('  encryption_configuration {\n    encryption_type = var.type\n  }\n') },
    { name: 'dynamic block from an unknown collection', code: repo('  dynamic "encryption_configuration" {\n    for_each = var.encryption\n    content {\n      encryption_type = "AES256"\n    }\n  }\n') },
    { name: 'JSON syntax, KMS', filename: 'main.tf.json', code: '{"resource": {"aws_ecr_repository": {"app": {"encryption_configuration": {"encryption_type": "KMS"}}}}}\n' },
  ],
  bad: [
    {
      name: 'no encryption_configuration: AES-256',
      code: repo(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 36, suggestions: [{ title, output: repo('  encryption_configuration {\n    encryption_type = "KMS"\n  }\n') }] }],
    },
    {
      name: 'explicit AES256',
      code: repo('  encryption_configuration {\n    encryption_type = "AES256"\n  }\n'),
      findings: [{ messageId: 'aes', line: 4, column: 23, endColumn: 31, suggestions: [{ title, output: repo('  encryption_configuration {\n    encryption_type = "KMS"\n  }\n') }] }],
    },
    {
      name: 'block without a type: AES-256',
      code: repo('  encryption_configuration {\n  }\n'),
      findings: [{ messageId: 'missing', line: 3, column: 3, endColumn: 27, suggestions: [{ output: repo('  encryption_configuration {\n    encryption_type = "KMS"\n  }\n') }] }],
    },
    {
      name: 'for_each repositories: one finding at the header',
      code: repo('  for_each = toset(["a", "b"])\n'),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 36 }],
    },
    {
      name: 'JSON syntax, AES256',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_ecr_repository": {"app": {"encryption_configuration": {"encryption_type": "AES256"}}}}}\n',
      findings: [{ messageId: 'aes', line: 1, column: 94, endColumn: 102, suggestions: [{ output: '{"resource": {"aws_ecr_repository": {"app": {"encryption_configuration": {"encryption_type": "KMS"}}}}}\n' }] }],
    },
  ],
});

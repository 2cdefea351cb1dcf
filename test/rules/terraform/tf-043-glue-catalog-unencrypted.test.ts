import rule from '../../../rules/terraform/tf-043-glue-catalog-unencrypted';
import { ruleTester } from '../../helpers/rule-tester';

const settings = (returnEncrypted: string, mode: string) =>
  'resource "aws_glue_data_catalog_encryption_settings" "main" {\n  data_catalog_encryption_settings {\n    connection_password_encryption {\n' +
  `      return_connection_password_encrypted = ${returnEncrypted}\n    }\n\n    encryption_at_rest {\n      catalog_encryption_mode = ${mode}\n    }\n  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'both encrypted', code: settings('true', '"SSE-KMS"') },
    { name: 'service-role mode', code: settings('true', '"SSE-KMS-WITH-SERVICE-ROLE"') },
    { name: 'values not known before apply', code: settings('var.encrypted', 'var.mode') },
  ],
  bad: [
    {
      name: 'both off',
      code: settings('false', '"DISABLED"'),
      findings: [
        { messageId: 'passwordsPlain', line: 4, column: 46, endColumn: 51, suggestions: [{ title: 'Encrypt connection passwords', output: settings('true', '"DISABLED"') }] },
        { messageId: 'catalogDisabled', line: 8, column: 33, endColumn: 43 },
      ],
    },
    {
      name: 'mode from a variable default',
      code: settings('true', 'var.mode'),
      files: { 'variables.tf': 'variable "mode" {\n  default = "DISABLED"\n}\n' },
      findings: [{ messageId: 'catalogDisabled', line: 8, column: 33, endColumn: 41, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_glue_data_catalog_encryption_settings": {"main": {"data_catalog_encryption_settings": {"encryption_at_rest": {"catalog_encryption_mode": "DISABLED"}}}}}}\n',
      findings: [{ messageId: 'catalogDisabled', line: 1, column: 157, endColumn: 167 }],
    },
  ],
});

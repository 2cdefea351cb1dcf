import rule from '../../../rules/terraform/tf-233-gcp-kms-key-rotation';
import { ruleTester } from '../../helpers/rule-tester';

const key = (body: string) => `resource "google_kms_crypto_key" "data" {\n  name     = "data"\n  key_ring = "ring"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: '90 days', code: key('  rotation_period = "7776000s"\n') },
    { name: '30 days', code: key('  rotation_period = "2592000s"\n') },
    { name: 'asymmetric key', code: key('  purpose = "ASYMMETRIC_SIGN"\n') },
    { name: 'purpose not known before apply', code: key('  purpose = var.purpose\n') },
    { name: 'period not known before apply', code: key('  rotation_period = var.period\n') },
    { name: 'count = 0', code: key('  count = 0\n') },
    { name: 'JSON syntax, 90 days', filename: 'main.tf.json', code: '{"resource": {"google_kms_crypto_key": {"data": {"rotation_period": "7776000s"}}}}\n' },
  ],
  bad: [
    { name: 'never rotated', code: key(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 40, output: key('  rotation_period = "7776000s"\n') }] },
    { name: 'a year', code: key('  rotation_period = "31536000s"\n'), findings: [{ messageId: 'long', line: 4, column: 21, endColumn: 32, output: key('  rotation_period = "7776000s"\n') }] },
    {
      name: 'symmetric purpose written out, from a variable default',
      code: key('  purpose         = "ENCRYPT_DECRYPT"\n  rotation_period = var.period\n'),
      files: { 'variables.tf': 'variable "period" {\n  default = "15552000s"\n}\n' },
      findings: [{ messageId: 'long', line: 5, column: 21, endColumn: 31, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'JSON syntax, never rotated',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "google_kms_crypto_key": {\n      "data": {\n        "name": "data"\n      }\n    }\n  }\n}\n',
      findings: [{ messageId: 'missing', line: 4, column: 7, endColumn: 13, output: '{\n  "resource": {\n    "google_kms_crypto_key": {\n      "data": {\n        "name": "data",\n        "rotation_period": "7776000s"\n      }\n    }\n  }\n}\n' }],
    },
  ],
});

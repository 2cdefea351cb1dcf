import rule from '../../../rules/terraform/tf-038-kms-key-rotation';
import { ruleTester } from '../../helpers/rule-tester';

const key = (body: string) => `resource "aws_kms_key" "data" {\n  description = "data"\n${body}}\n`;
const rotated = key('  enable_key_rotation = true\n');

ruleTester(rule, {
  good: [
    { name: 'rotation on', code: rotated },
    { name: 'rotation on with a period', code: key('  enable_key_rotation     = true\n  rotation_period_in_days = 180\n') },
    { name: 'asymmetric signing key', code: key('  key_usage                = "SIGN_VERIFY"\n  customer_master_key_spec = "ECC_NIST_P256"\n') },
    { name: 'HMAC key with rotation off', code: key('  customer_master_key_spec = "HMAC_256"\n  enable_key_rotation      = false\n') },
    { name: 'custom key store', code: key('  custom_key_store_id = aws_cloudhsm_v2_cluster.hsm.id\n') },
    { name: 'spec not known before apply', code: key('  customer_master_key_spec = var.spec\n') },
    { name: 'rotation from an unknown variable', code: key('  enable_key_rotation = var.rotate\n') },
  ],
  bad: [
    { name: 'rotation not set', code: key(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 30, output: rotated }] },
    { name: 'rotation off', code: key('  enable_key_rotation = false\n'), findings: [{ messageId: 'disabled', line: 3, column: 25, endColumn: 30, output: rotated }] },
    {
      name: 'symmetric spec written out, rotation from a variable default: no edit',
      code: key('  customer_master_key_spec = "SYMMETRIC_DEFAULT"\n  enable_key_rotation      = var.rotate\n'),
      files: { 'variables.tf': 'variable "rotate" {\n  default = false\n}\n' },
      findings: [{ messageId: 'disabled', line: 4, column: 30, endColumn: 40, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_kms_key": {"data": {"description": "data"}}}}\n',
      findings: [{ messageId: 'missing', line: 1, column: 31, endColumn: 37, output: '{"resource": {"aws_kms_key": {"data": {"description": "data", "enable_key_rotation": true}}}}\n' }],
    },
  ],
});

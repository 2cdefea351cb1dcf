import rule from '../../../rules/terraform/tf-255-gcp-disk-raw-key-in-code';
import { ruleTester } from '../../helpers/rule-tester';

const disk = (key: string) => `resource "google_compute_disk" "data" {\n  name = "data"\n  disk_encryption_key {\n${key}  }\n}\n`;
const key = '"SGVsbG8gZnJvbSBHb29nbGUgQ2xvdWQgUGxhdGZvcm0="';

ruleTester(rule, {
  good: [
    { name: 'KMS key', code: disk('    kms_key_self_link = google_kms_crypto_key.disk.id\n') },
    { name: 'key from a variable without a default', code: disk('    raw_key = var.disk_key\n'), files: { 'variables.tf': 'variable "disk_key" {\n  sensitive = true\n}\n' } },
    { name: 'key from Secret Manager', code: disk('    raw_key = data.google_secret_manager_secret_version.key.secret_data\n') },
    { name: 'key read from a file', code: disk('    raw_key = filebase64("${path.module}/disk.key")\n') },
    { name: 'no key', code: 'resource "google_compute_disk" "data" {\n  name = "data"\n}\n' },
  ],
  bad: [
    { name: 'literal raw key', code: disk(`    raw_key = ${key}\n`), findings: [{ messageId: 'inCode', line: 4, column: 15, endColumn: 61 }] },
    { name: 'literal RSA-wrapped key', code: disk(`    rsa_encrypted_key = ${key}\n`), findings: [{ messageId: 'inCode', line: 4, column: 25, endColumn: 71 }] },
    {
      name: 'variable default',
      code: disk('    raw_key = var.disk_key\n'),
      files: { 'variables.tf': `variable "disk_key" {\n  default = ${key}\n}\n` },
      findings: [{ messageId: 'inCode', line: 4, column: 15, endColumn: 27, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'instance boot disk',
      code: `resource "google_compute_instance" "vm" {\n  name = "vm"\n  boot_disk {\n    disk_encryption_key_raw = ${key}\n  }\n}\n`,
      findings: [{ messageId: 'inCode', line: 4, column: 31, endColumn: 77 }],
    },
    {
      name: 'snapshot',
      code: `resource "google_compute_snapshot" "s" {\n  name = "s"\n  snapshot_encryption_key {\n    raw_key = ${key}\n  }\n}\n`,
      findings: [{ messageId: 'inCode', line: 4, column: 15, endColumn: 61 }],
    },
    { name: 'JSON syntax', filename: 'main.tf.json', code: `{"resource": {"google_compute_disk": {"d": {"name": "d", "disk_encryption_key": {"raw_key": ${key}}}}}}\n`, findings: [{ messageId: 'inCode', line: 1 }] },
  ],
});

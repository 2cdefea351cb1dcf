import rule from '../../../rules/terraform/tf-256-gcp-disk-no-cmek';
import { ruleTester } from '../../helpers/rule-tester';

const disk = (body: string) => `resource "google_compute_disk" "data" {\n  name = "data"\n${body}}\n`;
const vm = (boot: string) => `resource "google_compute_instance" "vm" {\n  name = "vm"\n  boot_disk {\n${boot}  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'KMS key', code: disk('  disk_encryption_key {\n    kms_key_self_link = google_kms_crypto_key.disk.id\n  }\n') },
    { name: 'customer-supplied key', code: disk('  disk_encryption_key {\n    raw_key = var.key\n  }\n') },
    { name: 'VM boot disk with a KMS key', code: vm('    kms_key_self_link = var.key\n') },
    { name: 'VM attaching an existing disk', code: vm('    source = google_compute_disk.boot.id\n') },
  ],
  bad: [
    { name: 'disk without a key', code: disk(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 38 }] },
    { name: 'regional disk', code: 'resource "google_compute_region_disk" "data" {\n  name = "data"\n}\n', findings: [{ messageId: 'missing', line: 1 }] },
    { name: 'VM boot disk', code: vm('    initialize_params {\n      image = "debian-cloud/debian-12"\n    }\n'), findings: [{ messageId: 'missing', line: 3, column: 3, endColumn: 12 }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"google_compute_disk": {"data": {"name": "data"}}}}\n', findings: [{ messageId: 'missing', line: 1 }] },
  ],
});

import { asString, defineRule, type RuleContext } from '../api';
import { googleDoc } from '../shared/gcp-hardening';
import { readsFile } from '../shared/gcp-services';
import { attributeCheck } from '../shared/terraform-attribute-check';

/** Customer-supplied key arguments, by resource type. */
const keyArguments: readonly (readonly [string, readonly string[]])[] = [
  ['google_compute_disk', ['disk_encryption_key.raw_key', 'disk_encryption_key.rsa_encrypted_key']],
  ['google_compute_region_disk', ['disk_encryption_key.raw_key', 'disk_encryption_key.rsa_encrypted_key']],
  ['google_compute_snapshot', ['snapshot_encryption_key.raw_key', 'source_disk_encryption_key.raw_key']],
  // disk_encryption_key_rsa is new in provider 6.x; older majors have only the raw key.
  ['google_compute_instance', ['boot_disk.disk_encryption_key_raw', 'boot_disk.disk_encryption_key_rsa', 'attached_disk.disk_encryption_key_raw', 'attached_disk.disk_encryption_key_rsa']],
];

const checks = keyArguments.flatMap(([type, paths]) =>
  paths.map((path) =>
    attributeCheck({
      resources: [type],
      path,
      // A key written in the configuration, a variable default or tfvars is known before apply; one read from Secret Manager is not,
      // and one read from a file may be kept out of the repository.
      compliant: (value, { resource }) => {
        const text = asString(value);
        return text === undefined || readsFile(resource.block, path) ? undefined : text.trim() === '';
      },
      absent: 'compliant',
      data: () => ({ argument: path.split('.').pop()! }),
      messages: { insecure: 'inCode', missing: 'inCode' },
    }),
  ),
);

export default defineRule({
  id: 'TF-255',
  title: 'Do not write customer-supplied disk encryption keys in Terraform code',
  target: 'terraform',
  severity: 'critical',
  preset: 'recommended',
  requirements: ['3.3'],
  frameworks: { iso27001: ['A.5.17', 'A.8.24'], nist80053: ['IA-5(7)', 'SC-12', 'SC-28'] },
  docs: {
    rationale:
      'A customer-supplied encryption key (CSEK) is the only thing that decrypts the disk or snapshot: written as a ' +
      'literal, a variable default or in tfvars it sits in version control, in plans and in the state file, readable by ' +
      'everyone who can read those, and it cannot be rotated without recreating the disk.',
    remediation:
      'Use a Cloud KMS key (kms_key_self_link) instead, or pass the key from a secret store at apply time (a sensitive ' +
      'variable without a default, or a google_secret_manager_secret_version data source).',
    links: [googleDoc('google_compute_disk', 'disk_encryption_key'), googleDoc('google_compute_instance', 'disk_encryption_key_raw'), { title: 'Customer-supplied encryption keys', url: 'https://cloud.google.com/compute/docs/disks/customer-supplied-encryption' }],
  },
  messages: {
    inCode: '{{argument}} is written in the configuration: the key that decrypts this disk is in the code and the state.',
  },
  examples: {
    bad: 'resource "google_compute_disk" "data" {\n  name = "data"\n  disk_encryption_key {\n    raw_key = "SGVsbG8gZnJvbSBHb29nbGUgQ2xvdWQgUGxhdGZvcm0="\n  }\n}\n',
    good: 'resource "google_compute_disk" "data" {\n  name = "data"\n  disk_encryption_key {\n    kms_key_self_link = google_kms_crypto_key.disk.id\n  }\n}\n',
  },
  check(context: RuleContext<'terraform', 'inCode'>) {
    for (const check of checks) check(context);
  },
});

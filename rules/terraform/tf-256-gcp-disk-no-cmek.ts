import { defineRule, type BlockView, type RuleContext } from '../api';
import { keyManagement } from '../shared/frameworks';
import { cisGcp, googleDoc } from '../shared/gcp-hardening';
import { attributeCheck, type CheckScope } from '../shared/terraform-attribute-check';

const isSet = (view: BlockView, name: string) => {
  const value = view.value(name);
  return value !== undefined && value.kind !== 'null';
};
const messages = { insecure: 'missing', missing: 'missing' } as const;
const anyKey = () => true;

const checks = [
  attributeCheck({
    resources: ['google_compute_disk', 'google_compute_region_disk'],
    path: 'disk_encryption_key.kms_key_self_link',
    compliant: anyKey,
    // A customer-supplied key is customer-controlled as well.
    absent: ({ resource }: CheckScope) =>
      resource.blocks('disk_encryption_key').some((key) => isSet(key, 'raw_key') || isSet(key, 'rsa_encrypted_key')) ? 'compliant' : 'insecure',
    messages,
  }),
  attributeCheck({
    resources: ['google_compute_instance'],
    path: 'boot_disk.kms_key_self_link',
    compliant: anyKey,
    // An attached existing disk (source) is judged on its own resource.
    absent: ({ resource }: CheckScope) =>
      resource.blocks('boot_disk').some((disk) => ['source', 'disk_encryption_key_raw', 'disk_encryption_key_rsa'].some((name) => isSet(disk, name))) ? 'compliant' : 'insecure',
    messages,
  }),
];

export default defineRule({
  id: 'TF-256',
  title: 'Encrypt Compute Engine disks with a customer-managed or customer-supplied key',
  target: 'terraform',
  severity: 'low',
  // Strict: disks are always encrypted with Google-managed keys; a customer key adds control, not encryption.
  preset: 'strict',
  requirements: ['3.1'],
  frameworks: keyManagement(cisGcp('4.7')),
  docs: {
    rationale:
      'Without disk_encryption_key (or boot_disk.kms_key_self_link on a VM) a persistent disk is encrypted with a ' +
      'Google-managed key: its data cannot be made unreadable by disabling a key, and key use does not appear in Cloud ' +
      'KMS audit logs. A Cloud KMS key, or a customer-supplied key, puts that control with the organization.',
    remediation:
      'Set disk_encryption_key { kms_key_self_link = <Cloud KMS key> } on the disk, or boot_disk { kms_key_self_link = ... } on ' +
      'the VM, and grant the Compute Engine service agent roles/cloudkms.cryptoKeyEncrypterDecrypter (the disk is recreated).',
    links: [googleDoc('google_compute_disk', 'disk_encryption_key'), googleDoc('google_compute_instance', 'kms_key_self_link'), { title: 'Customer-managed encryption keys', url: 'https://cloud.google.com/compute/docs/disks/customer-managed-encryption' }],
  },
  messages: {
    missing: 'The disk is encrypted with a Google-managed key, not a customer-managed one.',
  },
  examples: {
    bad: 'resource "google_compute_disk" "data" {\n  name = "data"\n  size = 100\n}\n',
    good: 'resource "google_compute_disk" "data" {\n  name = "data"\n  size = 100\n  disk_encryption_key {\n    kms_key_self_link = google_kms_crypto_key.disk.id\n  }\n}\n',
  },
  check(context: RuleContext<'terraform', 'missing'>) {
    for (const check of checks) check(context);
  },
});

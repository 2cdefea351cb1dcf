import { defineRule } from '../api';
import { keyManagement } from '../shared/frameworks';
import { cisGke, googleDoc, nodeConfigCheck } from '../shared/gcp-hardening';
import { isNamed } from '../shared/gcp-services';

export default defineRule({
  id: 'TF-275',
  title: 'Encrypt GKE node boot disks with a customer-managed key',
  target: 'terraform',
  severity: 'low',
  // Strict: boot disks are always encrypted with Google-managed keys; a customer-managed key adds control, not encryption.
  preset: 'strict',
  requirements: ['3.1'],
  frameworks: keyManagement(cisGke('5.9.2')),
  docs: {
    rationale:
      'Without node_config.boot_disk_kms_key the boot disks of GKE nodes, which hold container images, emptyDir volumes ' +
      'and logs, are encrypted with Google-managed keys: the data cannot be made unreadable by disabling a key, and key ' +
      'use does not show in Cloud KMS audit logs.',
    remediation:
      'Set node_config { boot_disk_kms_key = <Cloud KMS key> } on the node pool (the pool is recreated) and grant the ' +
      'Compute Engine service agent roles/cloudkms.cryptoKeyEncrypterDecrypter on the key.',
    links: [googleDoc('google_container_node_pool', 'boot_disk_kms_key'), { title: 'Use customer-managed encryption keys in GKE', url: 'https://cloud.google.com/kubernetes-engine/docs/how-to/using-cmek' }],
  },
  messages: {
    empty: 'boot_disk_kms_key is empty, so node boot disks use Google-managed keys.',
    missing: 'Node boot disks are encrypted with Google-managed keys, not a customer-managed one.',
  },
  examples: {
    bad: 'resource "google_container_node_pool" "apps" {\n  name    = "apps"\n  cluster = "main"\n  node_config {\n    machine_type = "e2-standard-4"\n  }\n}\n',
    good:
      'resource "google_container_node_pool" "apps" {\n  name    = "apps"\n  cluster = "main"\n  node_config {\n    machine_type      = "e2-standard-4"\n' +
      '    boot_disk_kms_key = google_kms_crypto_key.nodes.id\n  }\n}\n',
  },
  check: nodeConfigCheck({
    path: 'boot_disk_kms_key',
    compliant: isNamed,
    absent: 'insecure',
    messages: { insecure: 'empty', missing: 'missing' },
  }),
});

import { defineRule } from '../api';
import { allOf } from '../shared/azure-transport';
import { keyManagement } from '../shared/frameworks';
import { attributeCheck, type CheckScope, type Verdict } from '../shared/terraform-attribute-check';

const machines = [
  'azurerm_linux_virtual_machine',
  'azurerm_windows_virtual_machine',
  'azurerm_linux_virtual_machine_scale_set',
  'azurerm_windows_virtual_machine_scale_set',
];

// A confidential VM disk encrypted with its own set is keyed by the customer too.
const osDiskAbsent = ({ resource }: CheckScope): Verdict => {
  const disk = resource.blocks('os_disk')[0];
  const secure = disk?.value('secure_vm_disk_encryption_set_id');
  return secure !== undefined && secure.kind !== 'null' ? 'compliant' : 'insecure';
};

export default defineRule({
  id: 'TF-165',
  title: 'Encrypt Azure managed disks with a customer-managed key',
  target: 'terraform',
  severity: 'low',
  preset: 'strict',
  requirements: ['3.1'],
  frameworks: keyManagement(),
  docs: {
    rationale:
      'Azure encrypts every managed disk at rest; without disk_encryption_set_id it uses a platform-managed key, which ' +
      'meets encryption at rest but cannot be rotated, audited or revoked by you. A disk encryption set with a Key Vault ' +
      'key puts that key under your control. Only the strict preset asks for it.',
    remediation: 'Create an azurerm_disk_encryption_set with a Key Vault key and set disk_encryption_set_id on the disk (os_disk for virtual machines and scale sets).',
    links: [
      { title: 'azurerm_managed_disk', url: 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/managed_disk#disk_encryption_set_id' },
      { title: 'Server-side encryption of Azure Disk Storage', url: 'https://learn.microsoft.com/azure/virtual-machines/disk-encryption' },
    ],
  },
  messages: {
    platformKey: 'This disk is encrypted with a platform-managed key: no disk_encryption_set_id puts the key under your control.',
  },
  examples: {
    bad: 'resource "azurerm_managed_disk" "data" {\n  name                 = "data"\n  storage_account_type = "Premium_LRS"\n  create_option        = "Empty"\n  disk_size_gb         = 128\n}\n',
    good:
      'resource "azurerm_managed_disk" "data" {\n  name                   = "data"\n  storage_account_type   = "Premium_LRS"\n  create_option          = "Empty"\n' +
      '  disk_size_gb           = 128\n  disk_encryption_set_id = azurerm_disk_encryption_set.main.id\n}\n',
  },
  // No edit: the disk encryption set to use is for the team to create and choose.
  check: allOf(
    attributeCheck({
      resources: ['azurerm_managed_disk'],
      path: 'disk_encryption_set_id',
      compliant: () => true,
      absent: 'insecure',
      // A copy, import or restore keeps the key of its source; Azure Disk Encryption and confidential VM sets use your key.
      undecidableWhenSet: ['source_resource_id', 'source_uri', 'image_reference_id', 'gallery_image_reference_id', 'secure_vm_disk_encryption_set_id', 'encryption_settings'],
      messages: { insecure: 'platformKey', missing: 'platformKey' },
    }),
    attributeCheck({
      resources: machines,
      path: 'os_disk.disk_encryption_set_id',
      compliant: () => true,
      absent: osDiskAbsent,
      messages: { insecure: 'platformKey', missing: 'platformKey' },
    }),
  ),
});

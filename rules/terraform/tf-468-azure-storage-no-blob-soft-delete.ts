import { asNumber, defineRule } from '../api';
import { azurermDoc, oneOf, recoverability } from '../shared/azure-hardening';
import { attributeCheck, type CheckScope, type Verdict } from '../shared/terraform-attribute-check';

/** File-only accounts have no blob service to protect. */
const blobsKept = ({ resource }: CheckScope): Verdict => {
  const kind = resource.value('account_kind');
  if (kind === undefined || kind.kind === 'null') return 'insecure';
  const files = oneOf(kind, 'FileStorage');
  return files === undefined ? 'unknown' : files ? 'compliant' : 'insecure';
};

export default defineRule({
  id: 'TF-468',
  title: 'Turn on blob soft delete for Azure storage accounts',
  target: 'terraform',
  severity: 'low',
  preset: 'strict',
  requirements: ['8.3'],
  frameworks: recoverability(),
  docs: {
    rationale:
      'Without blob_properties { delete_retention_policy { ... } } (absent by default), a deleted or overwritten blob ' +
      'is gone at once: a mistaken cleanup job, a compromised key or ransomware that deletes data leaves nothing to ' +
      'restore. Soft delete keeps deleted blobs for the retention period.',
    remediation: 'Add blob_properties { delete_retention_policy { days = 7 } container_delete_retention_policy { days = 7 } } (and versioning_enabled = true for overwrites).',
    links: [
      azurermDoc('storage_account', 'delete_retention_policy'),
      { title: 'Soft delete for blobs', url: 'https://learn.microsoft.com/azure/storage/blobs/soft-delete-blob-overview' },
    ],
  },
  messages: {
    missing: 'Blob soft delete is not turned on, so deleted blobs of this account cannot be restored.',
  },
  examples: {
    bad: 'resource "azurerm_storage_account" "data" {\n  name = "stdata"\n}\n',
    good: 'resource "azurerm_storage_account" "data" {\n  name = "stdata"\n\n  blob_properties {\n    delete_retention_policy {\n      days = 7\n    }\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['azurerm_storage_account'],
    path: 'blob_properties.delete_retention_policy.days',
    compliant: (value) => {
      const days = asNumber(value);
      return days === undefined ? undefined : days >= 1;
    },
    // A delete_retention_policy block without days keeps deleted blobs 7 days.
    absent: (scope) => (scope.resource.blocks('blob_properties').some((b) => b.blocks('delete_retention_policy').length > 0) ? 'compliant' : blobsKept(scope)),
    messages: { insecure: 'missing', missing: 'missing' },
  }),
});

import { defineRule, type BlockView } from '../api';
import { loggingResourcesFor, passedToModule, serviceLogRule } from '../shared/aws-logging';
import { allOf } from '../shared/azure-transport';
import { azurermDoc, oneOf } from '../shared/azure-hardening';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';
import { moduleFor } from '../shared/terraform-evaluated';
import { headerAnchor, isOverrideFile } from '../shared/terraform-values';

type Ids = 'missing' | 'partial';

/** Whether the account kind has a queue service (every kind but the blob-only and file-only ones); undefined when not known. */
function hasQueues(account: BlockView): boolean | undefined {
  const kind = account.value('account_kind');
  if (kind === undefined || kind.kind === 'null') return true;
  const special = oneOf(kind, 'BlobStorage', 'BlockBlobStorage', 'FileStorage');
  return special === undefined ? undefined : !special;
}

/** The operations a queue log must record; each is required inside `logging`. */
const operations = ['read', 'write', 'delete'];

const partial = (resources: string[], block: string) =>
  operations.map((operation) =>
    attributeCheck<Ids>({
      resources,
      ...mustBeTrue(`${block}.${operation}`),
      absent: 'compliant',
      messages: { insecure: 'partial', missing: 'partial' },
      data: () => ({ operation }),
    }),
  );

export default defineRule({
  id: 'TF-455',
  title: 'Log read, write and delete requests to Azure Storage queues',
  ...serviceLogRule({ severity: 'low', preset: 'strict' }),
  docs: {
    rationale:
      'The queue service of a storage account keeps no log of who read, added or deleted messages unless Storage ' +
      'Analytics logging is on: queue_properties.logging on the account (azurerm 4.x and before) or the logging block of ' +
      'an azurerm_storage_account_queue_properties (which replaced it in 5.0). An account is reported only when its ' +
      'module creates queues in it and no logging configuration could be the one.',
    remediation:
      'Add an azurerm_storage_account_queue_properties with storage_account_id = azurerm_storage_account.<name>.id and logging { version = "1.0", read = true, write = true, delete = true, retention_policy_days = 90 } (or send StorageQueueLogs with a diagnostic setting).',
    links: [
      azurermDoc('storage_account_queue_properties', 'logging'),
      { title: 'Azure Storage analytics logging', url: 'https://learn.microsoft.com/azure/storage/common/storage-analytics-logging' },
    ],
  },
  messages: {
    missing: 'The queues of this storage account are not logged (no queue_properties logging).',
    partial: '{{operation}} = false: {{operation}} requests to the queues of this account are not logged.',
  },
  examples: {
    bad:
      'resource "azurerm_storage_account" "jobs" {\n  name = "stjobs"\n}\n\n' +
      'resource "azurerm_storage_queue" "work" {\n  name               = "work"\n  storage_account_id = azurerm_storage_account.jobs.id\n}\n',
    good:
      'resource "azurerm_storage_account" "jobs" {\n  name = "stjobs"\n}\n\n' +
      'resource "azurerm_storage_queue" "work" {\n  name               = "work"\n  storage_account_id = azurerm_storage_account.jobs.id\n}\n\n' +
      'resource "azurerm_storage_account_queue_properties" "jobs" {\n  storage_account_id = azurerm_storage_account.jobs.id\n\n' +
      '  logging {\n    version               = "1.0"\n    read                  = true\n    write                 = true\n' +
      '    delete                = true\n    retention_policy_days = 90\n  }\n}\n',
  },
  check: allOf<Ids>(
    ({ file, module, report }) => {
      if (isOverrideFile(file)) return;
      const project = moduleFor(file, module);
      for (const block of file.resources('azurerm_storage_account')) {
        if (project.referencing(block, 'azurerm_storage_queue').length === 0) continue;
        const address = `azurerm_storage_account.${block.labels[1]?.value}`;
        if (passedToModule(project, address)) continue;
        // A queue properties resource that is, or may be, for this account configures its logging (its flags are checked below).
        if (!Array.isArray(loggingResourcesFor(project, { type: 'azurerm_storage_account_queue_properties', argument: 'storage_account_id', target: address }))) continue;
        for (const account of project.instances(block)) {
          if (hasQueues(account) !== true || account.hasUnknownBlocks('queue_properties')) continue;
          const logged = account.blocks('queue_properties').some((properties) => properties.hasUnknownBlocks('logging') || properties.blocks('logging').length > 0);
          if (!logged) report({ at: headerAnchor(file, block), messageId: 'missing' });
        }
      }
    },
    ...partial(['azurerm_storage_account'], 'queue_properties.logging'),
    ...partial(['azurerm_storage_account_queue_properties'], 'logging'),
  ),
});

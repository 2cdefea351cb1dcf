import { defineRule } from '../api';
import { auditLogging, splitLoggingCheck } from '../shared/aws-logging';
import { allOf } from '../shared/azure-transport';
import { azurermDoc } from '../shared/azure-hardening';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';
import type { BlockView } from '../api';

type Ids = 'noAuditing' | 'notCreated' | 'disabled';

/** An inline `extended_auditing_policy` block (azurerm_sql_server, and azurerm_mssql_server before 3.0) audits the server. */
const auditedInline = (views: BlockView[]) =>
  views.some((view) => view.blocks('extended_auditing_policy').length > 0 || view.hasUnknownBlocks('extended_auditing_policy'));

const servers = ['azurerm_mssql_server', 'azurerm_sql_server'];

export default defineRule({
  id: 'TF-430',
  title: 'Turn on auditing for Azure SQL servers',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['6.1'],
  frameworks: auditLogging(),
  docs: {
    rationale:
      'Without an extended auditing policy, an Azure SQL server records no logins, failed logins, permission changes or ' +
      'queries: a stolen credential or an injection leaves no trail. Server-level auditing covers every database of the ' +
      'server, present and future. A server is reported only when its module has no azurerm_mssql_server_extended_auditing_policy ' +
      '(or inline extended_auditing_policy block) for it and no policy or module call could be the one.',
    remediation:
      'Add an azurerm_mssql_server_extended_auditing_policy with server_id = azurerm_mssql_server.<name>.id and a storage ' +
      'account, Log Analytics (log_monitoring_enabled) or Event Hubs destination.',
    links: [
      azurermDoc('mssql_server_extended_auditing_policy'),
      { title: 'Auditing for Azure SQL Database and Azure Synapse Analytics', url: 'https://learn.microsoft.com/azure/azure-sql/database/auditing-overview' },
    ],
  },
  messages: {
    noAuditing: 'No extended auditing policy audits this SQL server.',
    notCreated: 'The auditing policy for this SQL server is not created with these inputs (count or for_each is empty).',
    disabled: 'enabled = false turns this SQL server auditing policy off.',
  },
  examples: {
    bad: 'resource "azurerm_mssql_server" "main" {\n  name    = "sql-main"\n  version = "12.0"\n}\n',
    good:
      'resource "azurerm_mssql_server" "main" {\n  name    = "sql-main"\n  version = "12.0"\n}\n\n' +
      'resource "azurerm_mssql_server_extended_auditing_policy" "main" {\n  server_id              = azurerm_mssql_server.main.id\n' +
      '  log_monitoring_enabled = true\n}\n',
  },
  check: allOf<Ids>(
    ...servers.map((resource) =>
      splitLoggingCheck<Ids>({
        resource,
        logging: { type: 'azurerm_mssql_server_extended_auditing_policy', argument: 'server_id' },
        skip: auditedInline,
        messages: { none: 'noAuditing', notCreated: 'notCreated' },
        related: 'The auditing policy of this SQL server',
      }),
    ),
    attributeCheck<Ids>({
      resources: ['azurerm_mssql_server_extended_auditing_policy'],
      // A suggestion: audit records start to cost storage or ingestion.
      ...mustBeTrue('enabled'),
      absent: 'compliant',
      messages: { insecure: 'disabled', missing: 'disabled' },
    }),
  ),
});

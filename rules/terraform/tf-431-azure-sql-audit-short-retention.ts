import { asNumber, defineRule } from '../api';
import { allOf } from '../shared/azure-transport';
import { azurermDoc, logRetention } from '../shared/azure-hardening';
import { meetsMinimumDays, minimumDaysOption } from '../shared/azure-logging';
import { attributeCheck, type AttributeCheck } from '../shared/terraform-attribute-check';

const retention = (resources: string[], path: string): AttributeCheck<'short'> => ({
  resources,
  path,
  compliant: meetsMinimumDays,
  // Absent: 0, audit records are kept forever.
  absent: 'compliant',
  messages: { insecure: 'short', missing: 'short' },
  data: (value, { options }) => ({ days: asNumber(value) ?? '', minimum: options.minimumDays as number }),
  // Safe unattended: keeping audit records longer only costs storage.
  remedy: { value: ({ options }) => options.minimumDays as number, title: 'Raise retention days to the minimum', kind: 'fix' },
});

export default defineRule({
  id: 'TF-431',
  title: 'Keep Azure SQL audit logs for the minimum retention period',
  target: 'terraform',
  severity: 'low',
  preset: 'recommended',
  requirements: ['6.2'],
  frameworks: logRetention(),
  docs: {
    rationale:
      'An auditing policy whose retention_in_days is below the minimum deletes the record of logins and queries in its ' +
      'storage account before an investigation needs it. The default, 0, keeps audit records forever.',
    remediation: 'Set retention_in_days = 90 (or the team minimum), or remove it to keep audit records forever.',
    links: [
      azurermDoc('mssql_server_extended_auditing_policy', 'retention_in_days'),
      azurermDoc('mssql_database_extended_auditing_policy', 'retention_in_days'),
      { title: 'Auditing for Azure SQL Database', url: 'https://learn.microsoft.com/azure/azure-sql/database/auditing-overview' },
    ],
  },
  messages: {
    short: 'retention_in_days = {{days}} deletes SQL audit records before the minimum of {{minimum}} days.',
  },
  examples: {
    bad: 'resource "azurerm_mssql_server_extended_auditing_policy" "main" {\n  server_id         = azurerm_mssql_server.main.id\n  retention_in_days = 30\n}\n',
    good: 'resource "azurerm_mssql_server_extended_auditing_policy" "main" {\n  server_id         = azurerm_mssql_server.main.id\n  retention_in_days = 90\n}\n',
  },
  options: minimumDaysOption('SQL audit records'),
  check: allOf<'short'>(
    attributeCheck(retention(['azurerm_mssql_server_extended_auditing_policy', 'azurerm_mssql_database_extended_auditing_policy'], 'retention_in_days')),
    // The inline block of azurerm_sql_server and azurerm_sql_database, and of the mssql resources before azurerm 3.0.
    attributeCheck(
      retention(['azurerm_mssql_server', 'azurerm_sql_server', 'azurerm_mssql_database', 'azurerm_sql_database'], 'extended_auditing_policy.retention_in_days'),
    ),
  ),
});

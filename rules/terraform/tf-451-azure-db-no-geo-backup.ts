import { defineRule } from '../api';
import { azurermDoc, recoverability } from '../shared/azure-hardening';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-451',
  title: 'Keep geo-redundant backups of Azure Database for PostgreSQL, MySQL and MariaDB servers',
  target: 'terraform',
  severity: 'low',
  preset: 'strict',
  requirements: ['8.3'],
  frameworks: recoverability(),
  docs: {
    rationale:
      'Unless geo_redundant_backup_enabled is true (the default is false), the backups of a server stay in its own region: ' +
      'a regional outage or disaster leaves no copy to restore from elsewhere. Geo-redundant backups are replicated to the ' +
      'paired region and allow a geo-restore.',
    remediation: 'Set geo_redundant_backup_enabled = true when the server is created (it cannot be changed later).',
    links: [
      azurermDoc('postgresql_flexible_server', 'geo_redundant_backup_enabled'),
      azurermDoc('mysql_flexible_server', 'geo_redundant_backup_enabled'),
      { title: 'Backup and restore in Azure Database for PostgreSQL flexible server', url: 'https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-backup-restore#geo-redundant-backup-and-restore' },
    ],
  },
  messages: {
    disabled: 'geo_redundant_backup_enabled = false keeps the backups of this server in one region.',
    missing: 'geo_redundant_backup_enabled is not set, so the backups of this server stay in one region (the default).',
  },
  examples: {
    bad: 'resource "azurerm_postgresql_flexible_server" "main" {\n  name    = "psql-main"\n  version = "16"\n}\n',
    good: 'resource "azurerm_postgresql_flexible_server" "main" {\n  name                         = "psql-main"\n  version                      = "16"\n  geo_redundant_backup_enabled = true\n}\n',
  },
  check: attributeCheck({
    resources: ['azurerm_postgresql_flexible_server', 'azurerm_mysql_flexible_server', 'azurerm_postgresql_server', 'azurerm_mysql_server', 'azurerm_mariadb_server'],
    ...mustBeTrue('geo_redundant_backup_enabled', { replacesResource: true }),
    absent: 'insecure',
    // A replica or a point-in-time restore takes its backup settings from the source server.
    undecidableWhenSet: ['source_server_id', 'creation_source_server_id'],
    messages: { insecure: 'disabled', missing: 'missing' },
  }),
});

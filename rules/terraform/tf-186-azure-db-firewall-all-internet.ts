import { asString, defineRule } from '../api';
import { publicExposure } from '../shared/azure-transport';
import { azurermDoc } from '../shared/azure-hardening';
import { attributeCheck } from '../shared/terraform-attribute-check';

/** Server-level firewall rules of Azure data services, all with start_ip_address and end_ip_address. */
const firewallRules = [
  'azurerm_mssql_firewall_rule',
  'azurerm_sql_firewall_rule',
  'azurerm_postgresql_firewall_rule',
  'azurerm_postgresql_flexible_server_firewall_rule',
  'azurerm_mysql_firewall_rule',
  'azurerm_mysql_flexible_server_firewall_rule',
  'azurerm_mariadb_firewall_rule',
  'azurerm_synapse_firewall_rule',
];

/** IPv4 addresses as numbers, or undefined for text that is not one. */
function ipv4(text: string | undefined): number | undefined {
  const parts = text?.trim().split('.');
  if (!parts || parts.length !== 4 || parts.some((part) => !/^\d{1,3}$/.test(part) || Number(part) > 255)) return undefined;
  return parts.reduce((sum, part) => sum * 256 + Number(part), 0);
}

export default defineRule({
  id: 'TF-186',
  title: 'Do not open Azure database firewalls to the whole internet',
  target: 'terraform',
  severity: 'critical',
  preset: 'recommended',
  requirements: ['2.1'],
  frameworks: publicExposure(),
  docs: {
    rationale:
      'A firewall rule from 0.0.0.0 to 255.255.255.255 lets every address on the internet reach the server\'s login, ' +
      'where passwords are sprayed and vulnerabilities probed. The special rule 0.0.0.0 to 0.0.0.0 ("Allow Azure ' +
      'services") is not reported here: it admits Azure services of every tenant, but not the internet.',
    remediation: 'Allow only the client address ranges that need the server, or turn off public network access and use a private endpoint.',
    links: [
      azurermDoc('mssql_firewall_rule'),
      { title: 'Azure SQL Database and Azure Synapse IP firewall rules', url: 'https://learn.microsoft.com/azure/azure-sql/database/firewall-configure' },
    ],
  },
  messages: {
    allInternet: 'This rule allows {{start}} to {{end}}: every address on the internet reaches the server.',
  },
  examples: {
    bad: 'resource "azurerm_mssql_firewall_rule" "all" {\n  name             = "all"\n  server_id        = azurerm_mssql_server.main.id\n  start_ip_address = "0.0.0.0"\n  end_ip_address   = "255.255.255.255"\n}\n',
    good: 'resource "azurerm_mssql_firewall_rule" "office" {\n  name             = "office"\n  server_id        = azurerm_mssql_server.main.id\n  start_ip_address = "203.0.113.0"\n  end_ip_address   = "203.0.113.255"\n}\n',
  },
  check: attributeCheck({
    resources: firewallRules,
    path: 'end_ip_address',
    // Every public address from 1.0.0.0 to 223.255.255.255 (unicast) falls within the range.
    compliant: (value, { resource }) => {
      const start = ipv4(asString(resource.value('start_ip_address')));
      const end = ipv4(asString(value));
      return start === undefined || end === undefined ? undefined : !(start <= ipv4('1.0.0.0')! && end >= ipv4('223.255.255.255')!);
    },
    absent: 'compliant',
    messages: { insecure: 'allInternet', missing: 'allInternet' },
    data: (value, { resource }) => ({ start: asString(resource.value('start_ip_address'))?.trim() ?? '', end: asString(value)?.trim() ?? '' }),
  }),
});

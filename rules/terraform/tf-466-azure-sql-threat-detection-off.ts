import { asList, asString, defineRule, type TfEvalValue } from '../api';
import { allOf } from '../shared/azure-transport';
import { azurermDoc, oneOf, securityAlerts } from '../shared/azure-hardening';
import { attributeCheck, type AttributeCheck } from '../shared/terraform-attribute-check';

type Ids = 'disabled' | 'alertsOff';

/** Where a threat detection policy is: the split server policy, or the block of a database (and of azurerm_sql_server before 4.0). */
const places = [
  { resources: ['azurerm_mssql_server_security_alert_policy', 'azurerm_mssql_managed_instance_security_alert_policy'], prefix: '' },
  { resources: ['azurerm_mssql_database', 'azurerm_sql_server', 'azurerm_sql_database'], prefix: 'threat_detection_policy.' },
];

/** Whether a known list of disabled alerts is empty; undefined when not known. */
function noneDisabled(value: TfEvalValue): boolean | undefined {
  const items = asList(value);
  if (!items) return undefined;
  if (items.every((item) => asString(item) !== undefined)) return items.length === 0;
  return items.length === 0 ? true : undefined;
}

const state = (resources: string[], path: string): AttributeCheck<Ids> => ({
  resources,
  path,
  compliant: (value) => {
    const off = oneOf(value, 'Disabled');
    return off === undefined ? undefined : !off;
  },
  // Required on the policies; in a database block an absent state is the server's default.
  absent: 'compliant',
  messages: { insecure: 'disabled', missing: 'disabled' },
  // A suggestion: alerts are billed with Microsoft Defender for SQL.
  remedy: { value: 'Enabled', title: 'Set state = "Enabled"', kind: 'suggest' },
});

const disabledAlerts = (resources: string[], path: string): AttributeCheck<Ids> => ({
  resources,
  path,
  compliant: noneDisabled,
  absent: 'compliant',
  messages: { insecure: 'alertsOff', missing: 'alertsOff' },
});

export default defineRule({
  id: 'TF-466',
  title: 'Keep Advanced Threat Protection alerts on for Azure SQL',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['6.3'],
  frameworks: securityAlerts(),
  docs: {
    rationale:
      'A SQL security alert policy (or threat_detection_policy block) with state = "Disabled" raises no alert on SQL ' +
      'injection, anomalous logins or data exfiltration, and each entry of disabled_alerts silences one of those ' +
      'detections: an attack in progress goes unnoticed until its effects are.',
    remediation: 'Set state = "Enabled", leave disabled_alerts empty, and send the alerts to the security team (email_addresses, email_account_admins_enabled).',
    links: [
      azurermDoc('mssql_server_security_alert_policy', 'state'),
      { title: 'SQL Advanced Threat Protection', url: 'https://learn.microsoft.com/azure/azure-sql/database/threat-detection-overview' },
    ],
  },
  messages: {
    disabled: 'state = "Disabled" turns off threat detection alerts for this SQL resource.',
    alertsOff: 'disabled_alerts turns off some threat detection alerts for this SQL resource.',
  },
  examples: {
    bad: 'resource "azurerm_mssql_server_security_alert_policy" "main" {\n  server_name = azurerm_mssql_server.main.name\n  state       = "Disabled"\n}\n',
    good: 'resource "azurerm_mssql_server_security_alert_policy" "main" {\n  server_name = azurerm_mssql_server.main.name\n  state       = "Enabled"\n}\n',
  },
  check: allOf<Ids>(
    ...places.flatMap(({ resources, prefix }) => [attributeCheck(state(resources, `${prefix}state`)), attributeCheck(disabledAlerts(resources, `${prefix}disabled_alerts`))]),
  ),
});

import { asString, defineRule } from '../api';
import { serviceLogRule } from '../shared/aws-logging';
import { azurermDoc, oneOf } from '../shared/azure-hardening';
import { attributeCheck } from '../shared/terraform-attribute-check';

/** The server parameters that record sign-ins, sessions and checkpoints, or throttle password guessing. */
const parameters = ['log_checkpoints', 'log_connections', 'log_disconnections', 'connection_throttling', 'connection_throttle.enable'];

/** The parameter a configuration resource sets, when it is one of {@link parameters}. */
const watched = (name: string | undefined) => (name !== undefined && parameters.includes(name.trim().toLowerCase()) ? name.trim().toLowerCase() : undefined);

export default defineRule({
  id: 'TF-467',
  title: 'Do not turn off connection and checkpoint logging on Azure Database for PostgreSQL',
  ...serviceLogRule(),
  docs: {
    rationale:
      'A server parameter resource that sets log_connections, log_disconnections or log_checkpoints to "off" stops ' +
      'PostgreSQL from recording who signed in, when sessions ended and when checkpoints ran; setting ' +
      'connection_throttling (connection_throttle.enable on flexible servers) to "off" stops it from slowing down ' +
      'repeated failed sign-ins. Password guessing and unusual access then leave no trace in the server logs.',
    remediation: 'Remove the configuration resource or set its value to "on".',
    links: [
      azurermDoc('postgresql_flexible_server_configuration'),
      { title: 'Server parameters in Azure Database for PostgreSQL', url: 'https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-server-parameters' },
    ],
  },
  messages: {
    off: '{{name}} = "off" turns off connection logging or throttling on this PostgreSQL server.',
  },
  examples: {
    bad: 'resource "azurerm_postgresql_flexible_server_configuration" "connections" {\n  name      = "log_connections"\n  server_id = azurerm_postgresql_flexible_server.main.id\n  value     = "off"\n}\n',
    good: 'resource "azurerm_postgresql_flexible_server_configuration" "connections" {\n  name      = "log_connections"\n  server_id = azurerm_postgresql_flexible_server.main.id\n  value     = "on"\n}\n',
  },
  check: attributeCheck({
    resources: ['azurerm_postgresql_flexible_server_configuration', 'azurerm_postgresql_configuration'],
    path: 'value',
    compliant: (value, { resource }) => {
      const name = resource.value('name');
      if (name === undefined) return true;
      const text = asString(name);
      if (text === undefined) return undefined;
      if (watched(text) === undefined) return true;
      const off = oneOf(value, 'off', 'false', '0');
      return off === undefined ? undefined : !off;
    },
    absent: 'compliant',
    messages: { insecure: 'off', missing: 'off' },
    data: (_value, { resource }) => ({ name: asString(resource.value('name') ?? { kind: 'null' }) ?? '' }),
    // Safe unattended: logging a connection or throttling failed sign-ins changes nothing for clients.
    remedy: { value: 'on', title: 'Set value = "on"', kind: 'fix' },
  }),
});

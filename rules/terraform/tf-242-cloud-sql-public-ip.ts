import { asBool, asString, defineRule } from '../api';
import { exposure, googleDoc } from '../shared/gcp-hardening';
import { attributeCheck, type CheckScope } from '../shared/terraform-attribute-check';

/** Whether the instance has another way in (private IP or Private Service Connect), so that turning public IP off leaves it reachable. */
function hasPrivateAccess({ resource }: CheckScope): boolean {
  return resource.blocks('settings').some((settings) =>
    settings.blocks('ip_configuration').some((ip) => {
      const network = ip.value('private_network');
      return (network !== undefined && network.kind !== 'null' && asString(network) !== '') || ip.blocks('psc_config').length > 0;
    }),
  );
}

export default defineRule({
  id: 'TF-242',
  title: 'Do not give Cloud SQL instances a public IPv4 address',
  target: 'terraform',
  severity: 'low',
  // Strict: the provider default, and with no authorized network (TF-210) only the Auth Proxy and connectors reach it.
  preset: 'strict',
  requirements: ['2.1'],
  frameworks: exposure(),
  docs: {
    rationale:
      'A Cloud SQL instance gets a public IPv4 address unless settings.ip_configuration.ipv4_enabled is false (the ' +
      'provider default is true, in 5.x to 7.x alike). Its database port is then one authorized network away from the ' +
      'internet, and connections to it leave the VPC.',
    remediation:
      'Connect the instance to a VPC with private_network (or Private Service Connect) and set ipv4_enabled = false.',
    links: [googleDoc('google_sql_database_instance', 'ipv4_enabled'), { title: 'Cloud SQL private IP', url: 'https://cloud.google.com/sql/docs/mysql/private-ip' }],
  },
  messages: {
    enabled: 'ipv4_enabled = true gives the instance a public IP address.',
    missing: 'ipv4_enabled is not set to false, so the instance gets a public IP address.',
  },
  examples: {
    bad: 'resource "google_sql_database_instance" "main" {\n  database_version = "POSTGRES_16"\n  settings {\n    tier = "db-f1-micro"\n  }\n}\n',
    good:
      'resource "google_sql_database_instance" "main" {\n  database_version = "POSTGRES_16"\n  settings {\n    tier = "db-f1-micro"\n' +
      '    ip_configuration {\n      ipv4_enabled    = false\n      private_network = google_compute_network.main.id\n    }\n  }\n}\n',
  },
  check: attributeCheck({
    resources: ['google_sql_database_instance'],
    path: 'settings.ip_configuration.ipv4_enabled',
    compliant: (value) => {
      const enabled = asBool(value);
      return enabled === undefined ? undefined : !enabled;
    },
    absent: 'insecure',
    undecidableWhenSet: ['clone'],
    // Clients of the public address lose it, and without a private network the instance would be unreachable: a suggestion, only then.
    remedy: { value: (scope) => (hasPrivateAccess(scope) ? false : undefined), title: 'Set ipv4_enabled = false', kind: 'suggest' },
    messages: { insecure: 'enabled', missing: 'missing' },
  }),
});

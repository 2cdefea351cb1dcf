import { asBool, asString, defineRule } from '../api';
import { attributeOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { isWorldCidr } from '../shared/terraform-values';

export default defineRule({
  id: 'TF-210',
  title: 'Do not authorize the whole internet on a Cloud SQL public IP',
  target: 'terraform',
  severity: 'critical',
  preset: 'recommended',
  requirements: ['2.1'],
  frameworks: { iso27001: ['A.8.20', 'A.8.22'], nist80053: ['SC-7', 'AC-4'] },
  docs: {
    rationale:
      'A Cloud SQL instance has a public IPv4 address unless ipv4_enabled is false (the provider default is true), and ' +
      'an authorized network of 0.0.0.0/0 lets any address on the internet reach its database port, so only the ' +
      'password stands between the database and brute force or a leaked credential.',
    remediation:
      'Remove the 0.0.0.0/0 authorized network: connect through private IP (private_network, ipv4_enabled = false), the ' +
      'Cloud SQL Auth Proxy or connectors, or authorize only the addresses that need access.',
    links: [
      { title: 'google_sql_database_instance', url: 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#authorized_networks' },
      { title: 'Authorize with authorized networks', url: 'https://cloud.google.com/sql/docs/mysql/authorize-networks' },
    ],
  },
  messages: {
    world: 'Authorized network {{cidr}} lets any address on the internet connect to the public IP of this instance.',
  },
  examples: {
    bad:
      'resource "google_sql_database_instance" "main" {\n  database_version = "MYSQL_8_0"\n  settings {\n    tier = "db-f1-micro"\n' +
      '    ip_configuration {\n      authorized_networks {\n        name  = "all"\n        value = "0.0.0.0/0"\n      }\n    }\n  }\n}\n',
    good:
      'resource "google_sql_database_instance" "main" {\n  database_version = "MYSQL_8_0"\n  settings {\n    tier = "db-f1-micro"\n' +
      '    ip_configuration {\n      ipv4_enabled    = false\n      private_network = google_compute_network.main.id\n    }\n  }\n}\n',
  },
  check({ file, module, report }) {
    for (const instance of resourceInstances(moduleFor(file, module), file, 'google_sql_database_instance')) {
      for (const settings of instance.blocks('settings')) {
        for (const configuration of settings.blocks('ip_configuration')) {
          // Authorized networks apply only to the public address; a flag not known before apply stays silent.
          const ipv4 = configuration.value('ipv4_enabled');
          if (ipv4 && ipv4.kind !== 'null' && asBool(ipv4) !== true) continue;
          for (const network of configuration.blocks('authorized_networks')) {
            const value = attributeOf(network, 'value');
            const cidr = value && asString(value.value)?.trim();
            // No edit: the clients that connect through this network need another path first.
            if (value && cidr && isWorldCidr(cidr)) report({ at: value.at, messageId: 'world', data: { cidr }, value: value.value });
          }
        }
      }
    }
  },
});

import { asBool, defineRule } from '../api';
import { minimumTls, retiredTls, transportEncryption, weakTlsMessage } from '../shared/azure-transport';

export default defineRule({
  id: 'TF-156',
  title: 'Require TLS 1.2 on Azure Database for PostgreSQL and MySQL single servers',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['3.2'],
  frameworks: transportEncryption(),
  docs: {
    rationale:
      `${retiredTls}. ssl_minimal_tls_version_enforced defaults to "TLS1_2" on azurerm 3.x; "TLS1_0", "TLS1_1" and ` +
      '"TLSEnforcementDisabled" lower it, and only such values are reported (with SSL enforcement off the server ' +
      'needs "TLSEnforcementDisabled", which is reported as SSL enforcement instead).',
    remediation: 'Set ssl_minimal_tls_version_enforced = "TLS1_2" (with ssl_enforcement_enabled = true), or remove it to get that default.',
    links: [
      { title: 'azurerm_postgresql_server (3.x)', url: 'https://registry.terraform.io/providers/hashicorp/azurerm/3.117.1/docs/resources/postgresql_server#ssl_minimal_tls_version_enforced' },
      { title: 'azurerm_mysql_server (3.x)', url: 'https://registry.terraform.io/providers/hashicorp/azurerm/3.117.1/docs/resources/mysql_server#ssl_minimal_tls_version_enforced' },
    ],
  },
  messages: {
    weakTls: weakTlsMessage,
  },
  examples: {
    bad:
      'resource "azurerm_mysql_server" "main" {\n  name                             = "mysql-main"\n  ssl_enforcement_enabled          = true\n' +
      '  ssl_minimal_tls_version_enforced = "TLS1_0"\n}\n',
    good:
      'resource "azurerm_mysql_server" "main" {\n  name                             = "mysql-main"\n  ssl_enforcement_enabled          = true\n' +
      '  ssl_minimal_tls_version_enforced = "TLS1_2"\n}\n',
  },
  check: minimumTls({
    resources: ['azurerm_postgresql_server', 'azurerm_mysql_server'],
    path: 'ssl_minimal_tls_version_enforced',
    weak: ['TLS1_0', 'TLS1_1', 'TLSEnforcementDisabled'],
    // SSL enforcement off (TF-155's finding) requires TLSEnforcementDisabled: one finding is enough.
    skip: ({ resource }) => asBool(resource.value('ssl_enforcement_enabled')) === false,
    // TLS1_2 on 3.x; on 2.x the default was TLSEnforcementDisabled, which the major version (not read here) decides.
    secure: 'TLS1_2',
  }),
});

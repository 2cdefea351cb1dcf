import { asBool, defineRule } from '../api';
import { notWeakTls, retiredTls, transportEncryption, versionData } from '../shared/azure-transport';
import { attributeCheck } from '../shared/terraform-attribute-check';

const weak = notWeakTls(['TLS1_0', 'TLS1_1', 'TLSEnforcementDisabled']);

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
    weakTls: 'ssl_minimal_tls_version_enforced = "{{version}}" lets clients connect with TLS older than 1.2.',
  },
  examples: {
    bad:
      'resource "azurerm_mysql_server" "main" {\n  name                             = "mysql-main"\n  ssl_enforcement_enabled          = true\n' +
      '  ssl_minimal_tls_version_enforced = "TLS1_0"\n}\n',
    good:
      'resource "azurerm_mysql_server" "main" {\n  name                             = "mysql-main"\n  ssl_enforcement_enabled          = true\n' +
      '  ssl_minimal_tls_version_enforced = "TLS1_2"\n}\n',
  },
  check: attributeCheck({
    resources: ['azurerm_postgresql_server', 'azurerm_mysql_server'],
    path: 'ssl_minimal_tls_version_enforced',
    // SSL enforcement off (TF-155's finding) requires TLSEnforcementDisabled: one finding is enough.
    compliant: (value, { resource }) => (asBool(resource.value('ssl_enforcement_enabled')) === false ? undefined : weak(value)),
    // TLS1_2 on 3.x; on 2.x the default was TLSEnforcementDisabled, which the major version (not read here) decides.
    absent: 'compliant',
    data: versionData('ssl_minimal_tls_version_enforced'),
    messages: { insecure: 'weakTls', missing: 'weakTls' },
    // A suggestion: clients limited to TLS 1.0/1.1 can no longer connect.
    remedy: { value: 'TLS1_2', title: 'Require TLS 1.2', kind: 'suggest' },
  }),
});

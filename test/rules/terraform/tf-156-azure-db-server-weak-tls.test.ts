import rule from '../../../rules/terraform/tf-156-azure-db-server-weak-tls';
import { ruleTester } from '../../helpers/rule-tester';

const server = (body: string, type = 'azurerm_mysql_server') =>
  `resource "${type}" "main" {\n  name                    = "db-main"\n  ssl_enforcement_enabled = true\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'provider default', code: server('') },
    { name: 'TLS 1.2', code: server('  ssl_minimal_tls_version_enforced = "TLS1_2"\n') },
    { name: 'from a variable without a value', code: server('  ssl_minimal_tls_version_enforced = var.tls\n'), files: { 'variables.tf': 'variable "tls" {}\n' } },
    {
      name: 'SSL off needs TLSEnforcementDisabled: reported as SSL enforcement',
      code: 'resource "azurerm_postgresql_server" "main" {\n  ssl_enforcement_enabled          = false\n  ssl_minimal_tls_version_enforced = "TLSEnforcementDisabled"\n}\n',
    },
    { name: 'count = 0', code: server('  count                            = 0\n  ssl_minimal_tls_version_enforced = "TLS1_0"\n') },
    {
      name: 'JSON syntax, TLS 1.2',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "azurerm_postgresql_server": {\n      "main": { "ssl_minimal_tls_version_enforced": "TLS1_2" }\n    }\n  }\n}\n',
    },
  ],
  bad: [
    {
      name: 'MySQL on TLS 1.0',
      code: server('  ssl_minimal_tls_version_enforced = "TLS1_0"\n'),
      findings: [{ messageId: 'weakTls', line: 4, column: 38, endColumn: 46, suggestions: [{ title: 'Require TLS 1.2', output: server('  ssl_minimal_tls_version_enforced = "TLS1_2"\n') }] }],
    },
    { name: 'PostgreSQL on TLS 1.1', code: server('  ssl_minimal_tls_version_enforced = "TLS1_1"\n', 'azurerm_postgresql_server'), findings: [{ messageId: 'weakTls', line: 4, column: 38, endColumn: 46 }] },
    {
      name: 'TLS enforcement disabled while SSL is enforced',
      code: server('  ssl_minimal_tls_version_enforced = "TLSEnforcementDisabled"\n'),
      findings: [{ messageId: 'weakTls', line: 4, column: 38, endColumn: 62 }],
    },
    {
      name: 'through a local',
      code: server('  ssl_minimal_tls_version_enforced = local.tls\n'),
      files: { 'locals.tf': 'locals {\n  tls = "TLS1_0"\n}\n' },
      findings: [{ messageId: 'weakTls', line: 4, column: 38, endColumn: 47, related: ['locals.tf:2:9'], suggestions: [] }],
    },
    {
      name: 'JSON syntax, TLS 1.0',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "azurerm_mysql_server": {\n      "main": { "ssl_minimal_tls_version_enforced": "TLS1_0" }\n    }\n  }\n}\n',
      findings: [{ messageId: 'weakTls', line: 4, column: 53, endColumn: 61 }],
    },
  ],
});

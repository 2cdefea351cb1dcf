import rule from '../../../rules/terraform/tf-202-cloud-sql-ssl-not-enforced';
import { ruleTester } from '../../helpers/rule-tester';

const sql = (ip: string, extra = '') =>
  `resource "google_sql_database_instance" "main" {\n  database_version = "POSTGRES_16"\n${extra}  settings {\n    tier = "db-f1-micro"\n${ip}  }\n}\n`;
const ipc = (body: string) => `    ip_configuration {\n      ipv4_enabled = false\n${body}    }\n`;
const title = 'Set ssl_mode = "ENCRYPTED_ONLY"';

ruleTester(rule, {
  good: [
    { name: 'encrypted only', code: sql(ipc('      ssl_mode = "ENCRYPTED_ONLY"\n')) },
    { name: 'client certificates required', code: sql(ipc('      ssl_mode = "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"\n')) },
    { name: 'legacy require_ssl = true (google provider before 6.0)', code: sql(ipc('      require_ssl = true\n')) },
    { name: 'ssl_mode not known before apply', code: sql(ipc('      ssl_mode = var.ssl_mode\n')) },
    { name: 'require_ssl not known before apply', code: sql(ipc('      require_ssl = var.require_ssl\n')) },
    { name: 'ssl_mode from tfvars', code: sql(ipc('      ssl_mode = var.ssl_mode\n')), files: { 'variables.tf': 'variable "ssl_mode" {\n  default = "ALLOW_UNENCRYPTED_AND_ENCRYPTED"\n}\n', 'terraform.tfvars': 'ssl_mode = "ENCRYPTED_ONLY"\n' } },
    { name: 'clone: settings come from the source', code: sql('', '  clone {\n    source_instance_name = "prod"\n  }\n') },
    { name: 'ip_configuration from a dynamic block not known before apply', code: sql('    dynamic "ip_configuration" {\n      for_each = var.ip\n      content {\n        ipv4_enabled = false\n      }\n    }\n') },
    { name: 'dynamic block over a known list, enforced', code: sql('    dynamic "ip_configuration" {\n      for_each = [1]\n      content {\n        ssl_mode = "ENCRYPTED_ONLY"\n      }\n    }\n') },
    { name: 'count = 0', code: sql('', '  count = 0\n') },
    { name: 'override file', filename: 'db_override.tf', code: sql('') },
    {
      name: 'JSON syntax, enforced',
      filename: 'main.tf.json',
      code: '{"resource": {"google_sql_database_instance": {"main": {"settings": {"tier": "db-f1-micro", "ip_configuration": {"ssl_mode": "ENCRYPTED_ONLY"}}}}}}\n',
    },
  ],
  bad: [
    {
      name: 'no ip_configuration',
      code: sql(''),
      findings: [{ messageId: 'missing', line: 3, column: 3, endColumn: 11, suggestions: [{ title, output: sql('    ip_configuration {\n      ssl_mode = "ENCRYPTED_ONLY"\n    }\n') }] }],
    },
    {
      name: 'ip_configuration without ssl_mode',
      code: sql(ipc('')),
      findings: [{ messageId: 'missing', line: 5, column: 5, endColumn: 21, suggestions: [{ title, output: sql(ipc('      ssl_mode = "ENCRYPTED_ONLY"\n')) }] }],
    },
    {
      name: 'both encryption modes allowed',
      code: sql(ipc('      ssl_mode = "ALLOW_UNENCRYPTED_AND_ENCRYPTED"\n')),
      findings: [{ messageId: 'weak', line: 7, column: 18, endColumn: 51, suggestions: [{ title, output: sql(ipc('      ssl_mode = "ENCRYPTED_ONLY"\n')) }] }],
    },
    {
      name: 'require_ssl = false, no edit',
      code: sql(ipc('      require_ssl = false\n')),
      findings: [{ messageId: 'requireSslOff', line: 7, column: 21, endColumn: 26, suggestions: [] }],
    },
    {
      name: 'ssl_mode = null leaves the default',
      code: sql(ipc('      ssl_mode = null\n')),
      findings: [{ messageId: 'missing', line: 7, column: 18, endColumn: 22, suggestions: [] }],
    },
    {
      name: 'from a variable default: reported at the use, no edit of the default',
      code: sql(ipc('      ssl_mode = var.ssl_mode\n')),
      files: { 'variables.tf': 'variable "ssl_mode" {\n  default = "ALLOW_UNENCRYPTED_AND_ENCRYPTED"\n}\n' },
      findings: [{ messageId: 'weak', line: 7, column: 18, endColumn: 30, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'for_each over known modes: the permissive one',
      code: sql(ipc('      ssl_mode = each.value\n'), '  for_each = { a = "ENCRYPTED_ONLY", b = "ALLOW_UNENCRYPTED_AND_ENCRYPTED" }\n'),
      findings: [{ messageId: 'weak', line: 8, column: 18, endColumn: 28, related: [':3:42'] }],
    },
    {
      name: 'dynamic block over a known list without ssl_mode',
      code: sql('    dynamic "ip_configuration" {\n      for_each = [1]\n      content {\n        ipv4_enabled = false\n      }\n    }\n'),
      findings: [{ messageId: 'missing', line: 7, column: 7, endColumn: 14 }],
    },
    {
      name: 'JSON syntax, no ssl_mode',
      filename: 'main.tf.json',
      code: '{"resource": {"google_sql_database_instance": {"main": {"settings": {"tier": "db-f1-micro", "ip_configuration": {"ipv4_enabled": false}}}}}}\n',
      findings: [{
        messageId: 'missing', line: 1, column: 93, endColumn: 111,
        suggestions: [{ output: '{"resource": {"google_sql_database_instance": {"main": {"settings": {"tier": "db-f1-micro", "ip_configuration": {"ipv4_enabled": false, "ssl_mode": "ENCRYPTED_ONLY"}}}}}}\n' }],
      }],
    },
  ],
});

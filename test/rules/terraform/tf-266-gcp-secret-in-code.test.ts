import rule from '../../../rules/terraform/tf-266-gcp-secret-in-code';
import { ruleTester } from '../../helpers/rule-tester';

const user = (password: string) => `resource "google_sql_user" "app" {\n  name     = "app"\n  instance = "main"\n  password = ${password}\n}\n`;
const version = (data: string, type = 'google_secret_manager_secret_version') => `resource "${type}" "v" {\n  secret      = google_secret_manager_secret.s.id\n  secret_data = ${data}\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'generated password', code: user('random_password.app.result') },
    { name: 'variable without a default', code: user('var.password'), files: { 'variables.tf': 'variable "password" {\n  sensitive = true\n}\n' } },
    { name: 'secret from a service account key', code: version('base64decode(google_service_account_key.k.private_key)') },
    { name: 'write-only payload', code: 'resource "google_secret_manager_secret_version" "v" {\n  secret                 = "s"\n  secret_data_wo         = var.payload\n  secret_data_wo_version = 1\n}\n' },
    { name: 'certificate key from a file', code: 'resource "google_compute_ssl_certificate" "web" {\n  certificate = file("cert.pem")\n  private_key = file("key.pem")\n}\n' },
    { name: 'IAM user without a password', code: 'resource "google_sql_user" "iam" {\n  name     = "app@acme.iam"\n  instance = "main"\n  type     = "CLOUD_IAM_USER"\n}\n' },
  ],
  bad: [
    { name: 'literal password', code: user('"Tr0ub4dor&3"'), findings: [{ messageId: 'inCode', line: 4, column: 14, endColumn: 27 }] },
    { name: 'literal secret payload', code: version('"sk_live_123"'), findings: [{ messageId: 'inCode', line: 3, column: 17, endColumn: 30 }] },
    { name: 'regional secret', code: version('"sk_live_123"', 'google_secret_manager_regional_secret_version'), findings: [{ messageId: 'inCode', line: 3 }] },
    {
      name: 'password from a variable default',
      code: user('var.password'),
      files: { 'variables.tf': 'variable "password" {\n  default = "changeme"\n}\n' },
      findings: [{ messageId: 'inCode', line: 4, column: 14, endColumn: 26, related: ['variables.tf:2:13'] }],
    },
    { name: 'password from tfvars', code: user('var.password'), files: { 'variables.tf': 'variable "password" {}\n', 'terraform.tfvars': 'password = "changeme"\n' }, findings: [{ messageId: 'inCode', line: 4, related: ['terraform.tfvars:1:12'] }] },
    { name: 'SQL Server root password', code: 'resource "google_sql_database_instance" "mssql" {\n  database_version = "SQLSERVER_2019_STANDARD"\n  root_password    = "Tr0ub4dor&3"\n}\n', findings: [{ messageId: 'inCode', line: 3, column: 22, endColumn: 35 }] },
    { name: 'certificate private key', code: 'resource "google_compute_ssl_certificate" "web" {\n  certificate = var.cert\n  private_key = "-----BEGIN PRIVATE KEY-----\\nMIIE\\n-----END PRIVATE KEY-----"\n}\n', findings: [{ messageId: 'inCode', line: 3 }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"google_sql_user": {"app": {"name": "app", "instance": "main", "password": "hunter2"}}}}\n', findings: [{ messageId: 'inCode', line: 1 }] },
  ],
});

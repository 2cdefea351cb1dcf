import { asString, defineRule, type RuleContext } from '../api';
import { googleDoc } from '../shared/gcp-hardening';
import { readsFile } from '../shared/gcp-services';
import { attributeCheck } from '../shared/terraform-attribute-check';

const secrets: readonly (readonly [string, string, string])[] = [
  ['google_secret_manager_secret_version', 'secret_data', 'secret'],
  ['google_secret_manager_regional_secret_version', 'secret_data', 'secret'],
  ['google_sql_user', 'password', 'database password'],
  ['google_sql_database_instance', 'root_password', 'database root password'],
  ['google_compute_ssl_certificate', 'private_key', 'TLS private key'],
  ['google_compute_region_ssl_certificate', 'private_key', 'TLS private key'],
];

const checks = secrets.map(([type, path, what]) =>
  attributeCheck({
    resources: [type],
    path,
    // Known before apply means written in the configuration, a variable default or tfvars; random_password and data sources are not.
    compliant: (value, { resource }) => {
      const text = asString(value);
      if (text === undefined || readsFile(resource.block, path)) return undefined;
      return text === '';
    },
    absent: 'compliant',
    data: () => ({ argument: path, what }),
    messages: { insecure: 'inCode', missing: 'inCode' },
  }),
);

export default defineRule({
  id: 'TF-266',
  title: 'Do not write Secret Manager payloads, Cloud SQL passwords or TLS private keys in Terraform code',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['3.3'],
  frameworks: { iso27001: ['A.5.17', 'A.8.24'], nist80053: ['IA-5(7)', 'SC-28'] },
  docs: {
    rationale:
      'A secret_data, Cloud SQL password or root_password, or the private_key of an SSL certificate written as a literal, ' +
      'a variable default or in tfvars is committed with the code and ' +
      'copied into every plan and into the state: everyone who can read the repository, its history or a CI log has ' +
      'the secret, however tightly the Secret Manager secret or the database is locked down. A value from ' +
      'random_password, a data source, file() or a variable set at apply time is not reported.',
    remediation:
      'Generate the value (random_password) or pass it at apply time; on Terraform 1.11 and later use the write-only ' +
      'secret_data_wo / password_wo with their _version arguments so that it stays out of the state, use IAM database ' +
      'authentication, and Google-managed certificates instead of uploaded keys.',
    links: [googleDoc('google_secret_manager_secret_version', 'secret_data_wo'), googleDoc('google_sql_user', 'password_wo'), { title: 'Write-only arguments', url: 'https://developer.hashicorp.com/terraform/language/resources/ephemeral#write-only-arguments' }],
  },
  messages: {
    inCode: 'The {{what}} ({{argument}}) is written in the configuration, so it is in the repository and the state.',
  },
  examples: {
    bad: 'resource "google_sql_user" "app" {\n  name     = "app"\n  instance = google_sql_database_instance.main.name\n  password = "Tr0ub4dor&3"\n}\n',
    good: 'resource "google_sql_user" "app" {\n  name     = "app"\n  instance = google_sql_database_instance.main.name\n  password = random_password.app.result\n}\n',
  },
  check(context: RuleContext<'terraform', 'inCode'>) {
    for (const check of checks) check(context);
  },
});

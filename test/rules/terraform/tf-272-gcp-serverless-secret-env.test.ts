import rule from '../../../rules/terraform/tf-272-gcp-serverless-secret-env';
import { ruleTester } from '../../helpers/rule-tester';

const run = (env: string) =>
  `resource "google_cloud_run_v2_service" "api" {\n  name = "api"\n  template {\n    containers {\n      image = "gcr.io/acme/api:1"\n${env}    }\n  }\n}\n`;
const env = (name: string, value: string) => `      env {\n        name  = "${name}"\n        value = ${value}\n      }\n`;
const fn = (variables: string) => `resource "google_cloudfunctions_function" "fn" {\n  name = "fn"\n  environment_variables = {\n${variables}  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'Secret Manager reference', code: run('      env {\n        name = "DB_PASSWORD"\n        value_source {\n          secret_key_ref {\n            secret  = "db"\n            version = "latest"\n          }\n        }\n      }\n') },
    { name: 'not a secret', code: run(env('LOG_LEVEL', '"debug"')) },
    { name: 'the name of a secret', code: run(env('DB_PASSWORD_SECRET_NAME', '"db-password"')) },
    { name: 'a switch', code: run(env('TOKEN_AUTH', '"true"')) },
    { name: 'value not known before apply', code: run(env('API_KEY', 'random_password.key.result')) },
    { name: 'function without secrets', code: fn('    REGION = "europe-west1"\n') },
  ],
  bad: [
    { name: 'password literal', code: run(env('DB_PASSWORD', '"Tr0ub4dor&3"')), findings: [{ messageId: 'plain', line: 8, column: 17, endColumn: 30 }] },
    {
      name: 'API key from a variable default',
      code: run(env('STRIPE_API_KEY', 'var.key')),
      files: { 'variables.tf': 'variable "key" {\n  default = "sk_live_abcdef"\n}\n' },
      findings: [{ messageId: 'plain', line: 8, column: 17, endColumn: 24, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'Cloud Run job',
      code: 'resource "google_cloud_run_v2_job" "j" {\n  name = "j"\n  template {\n    template {\n      containers {\n        image = "gcr.io/acme/j:1"\n        env {\n          name  = "GITHUB_TOKEN"\n          value = "ghp_abcdefabcdef"\n        }\n      }\n    }\n  }\n}\n',
      findings: [{ messageId: 'plain', line: 9, column: 19, endColumn: 37 }],
    },
    { name: 'function environment variable', code: fn('    SECRET_KEY = "django-insecure-abc"\n'), findings: [{ messageId: 'plain', line: 4, column: 18, endColumn: 39 }] },
    {
      name: 'v2 function service_config',
      code: 'resource "google_cloudfunctions2_function" "fn" {\n  name = "fn"\n  service_config {\n    environment_variables = {\n      CLIENT_SECRET = "abcdef123456"\n    }\n  }\n}\n',
      findings: [{ messageId: 'plain', line: 5, column: 23, endColumn: 37 }],
    },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"google_cloudfunctions_function": {"fn": {"name": "fn", "environment_variables": {"DB_PASSWORD": "hunter22"}}}}}\n', findings: [{ messageId: 'plain', line: 1 }] },
  ],
});

import { asString, defineRule, type BlockView } from '../api';
import { cisGcp, googleDoc } from '../shared/gcp-hardening';
import { attributeOf, memberOf, moduleFor, resourceInstances, type Located } from '../shared/terraform-evaluated';
import { isOverrideFile } from '../shared/terraform-values';

/** Names that say the value is a credential, and endings that say it only names or locates one. */
const secretName = /(password|passwd|secret|token|api_?key|private_?key|access_?key|credential)/i;
const notTheSecret = /(?:^|_)(?:name|names|id|ids|path|file|url|uri|endpoint|version|ref|project|location|type|ttl|expiry|expires|length|header|enabled)$/i;
/** Values that cannot be a credential: switches, numbers, Secret Manager references. */
const notASecret = /^(?:true|false|yes|no|on|off|\d+|projects\/[^/]+\/secrets\/.+)$/i;

function isSecretLiteral(name: string, value: Located): boolean {
  const text = asString(value.value)?.trim();
  return secretName.test(name) && !notTheSecret.test(name) && text !== undefined && text.length >= 6 && !notASecret.test(text);
}

/** The `env` blocks of the containers of a Cloud Run template, at any depth of `template` nesting. */
const containersOf = (template: BlockView, path: readonly string[]): BlockView[] =>
  path.length === 0 ? [template] : template.blocks(path[0]).flatMap((child) => containersOf(child, path.slice(1)));

const envBlockPaths: readonly (readonly [string, readonly string[]])[] = [
  ['google_cloud_run_v2_service', ['template', 'containers', 'env']],
  ['google_cloud_run_v2_job', ['template', 'template', 'containers', 'env']],
  ['google_cloud_run_service', ['template', 'spec', 'containers', 'env']],
];
const envMapPaths: readonly (readonly [string, readonly string[], string])[] = [
  ['google_cloudfunctions_function', [], 'environment_variables'],
  ['google_cloudfunctions_function', [], 'build_environment_variables'],
  ['google_cloudfunctions2_function', ['service_config'], 'environment_variables'],
  ['google_cloudfunctions2_function', ['build_config'], 'environment_variables'],
];

export default defineRule({
  id: 'TF-272',
  title: 'Do not put secrets in plain environment variables of Cloud Run services and Cloud Functions',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['3.3'],
  frameworks: { iso27001: ['A.5.17', 'A.8.24'], nist80053: ['IA-5(7)', 'SC-28'], cis: [cisGcp('1.17')] },
  docs: {
    rationale:
      'An environment variable whose name says it holds a password, token or key, with its value written in the ' +
      'configuration, is committed with the code, stored in the state and shown to everyone with run.services.get or ' +
      'cloudfunctions.functions.get on the service. Secret Manager references (value_source.secret_key_ref, ' +
      'secret_environment_variables) keep it out of all three.',
    remediation:
      'Store the value in Secret Manager and reference it: env { value_source { secret_key_ref { secret, version } } } on ' +
      'Cloud Run, secret_environment_variables on Cloud Functions.',
    links: [
      googleDoc('google_cloud_run_v2_service', 'value_source'),
      googleDoc('google_cloudfunctions2_function', 'secret_environment_variables'),
      { title: 'Configure secrets for Cloud Run', url: 'https://cloud.google.com/run/docs/configuring/services/secrets' },
    ],
  },
  messages: {
    plain: 'Environment variable {{name}} holds a credential written in the configuration; reference a Secret Manager secret instead.',
  },
  examples: {
    bad:
      'resource "google_cloud_run_v2_service" "api" {\n  name     = "api"\n  location = "europe-west1"\n  template {\n    containers {\n' +
      '      image = "europe-docker.pkg.dev/acme/api/api:1.4.2"\n      env {\n        name  = "DB_PASSWORD"\n        value = "Tr0ub4dor&3"\n      }\n    }\n  }\n}\n',
    good:
      'resource "google_cloud_run_v2_service" "api" {\n  name     = "api"\n  location = "europe-west1"\n  template {\n    containers {\n' +
      '      image = "europe-docker.pkg.dev/acme/api/api:1.4.2"\n      env {\n        name = "DB_PASSWORD"\n        value_source {\n' +
      '          secret_key_ref {\n            secret  = google_secret_manager_secret.db.secret_id\n            version = "latest"\n          }\n' +
      '        }\n      }\n    }\n  }\n}\n',
  },
  check({ file, module, report }) {
    if (isOverrideFile(file)) return;
    const project = moduleFor(file, module);
    // Moving a value to Secret Manager needs a secret and an IAM grant: no edit.
    for (const [type, path] of envBlockPaths) {
      for (const resource of resourceInstances(project, file, type)) {
        for (const env of containersOf(resource, path)) {
          const name = asString(env.value('name'))?.trim();
          const value = attributeOf(env, 'value');
          if (name !== undefined && value && isSecretLiteral(name, value)) report({ at: value.at, messageId: 'plain', data: { name }, value: value.value });
        }
      }
    }
    for (const [type, path, argument] of envMapPaths) {
      for (const resource of resourceInstances(project, file, type)) {
        for (const holder of containersOf(resource, path)) {
          const variables = attributeOf(holder, argument);
          if (variables?.value.kind !== 'object') continue;
          for (const name of variables.value.entries.keys()) {
            const value = memberOf(variables, name);
            if (value && isSecretLiteral(name, value)) report({ at: value.at, messageId: 'plain', data: { name }, value: value.value });
          }
        }
      }
    }
  },
});

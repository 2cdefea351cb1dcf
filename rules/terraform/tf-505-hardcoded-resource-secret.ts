import { defineRule, type BlockView, type TfBlock } from '../api';
import { attributeOf, memberOf, moduleFor, type Located } from '../shared/terraform-evaluated';
import { dedicatedSecretArguments, fromSecretName, isSecretArgument, secretInConfiguration, writtenSecret } from '../shared/terraform-secrets';

/** Where secret-looking arguments may be: the nested block types leading to them, and the argument. */
interface Candidate {
  path: string[];
  name: string;
}

/**
 * The arguments of a resource worth evaluating, from its syntax alone: secret names, and object
 * arguments (`app_settings`, `provider_details`) whose members may have them. Arguments that a
 * dedicated rule checks are left out.
 */
function candidates(type: string, block: TfBlock, path: string[] = [], out: Candidate[] = []): Candidate[] {
  for (const attribute of block.attributes) {
    const key = [type, ...path, attribute.name].join('.');
    if (dedicatedSecretArguments.has(key)) continue;
    // Maps built elsewhere (`app_settings = local.settings`) are not followed: evaluating every expression costs too much.
    if (isSecretArgument(attribute.name) || attribute.value.kind === 'object') out.push({ path, name: attribute.name });
  }
  for (const nested of block.blocks) {
    if (nested.type === 'dynamic') {
      const generated = nested.labels[0]?.value;
      const content = nested.blocksOf('content')[0];
      if (generated && content) candidates(type, content, [...path, generated], out);
    } else if (nested.type !== 'lifecycle') {
      candidates(type, nested, [...path, nested.type], out);
    }
  }
  return out;
}

function viewsAt(resource: BlockView, path: readonly string[]): BlockView[] {
  let views = [resource];
  for (const type of path) views = views.flatMap((view) => view.blocks(type));
  return views;
}

export default defineRule({
  id: 'TF-505',
  title: 'Keep secrets out of resource arguments',
  severity: 'high',
  preset: 'recommended',
  ...secretInConfiguration(),
  docs: {
    rationale:
      'A password, token, secret or private key written in a resource argument (a database administrator password, an ' +
      'identity provider client secret, a webhook token, an app setting named for a secret), directly or through a ' +
      'local, is in the repository, its history and every clone, and in the state. This rule covers every provider; ' +
      'arguments with a dedicated rule (RDS and Redshift master passwords, VM admin passwords, Key Vault and Secrets ' +
      'Manager values, CSEK raw keys) are left to it, and values of variables and locals named for a secret to TF-502 and ' +
      'TF-514. Placeholders and values that are no secret (paths, ARNs, URLs without credentials) are not reported.',
    remediation:
      'Generate the value (random_password), let the service manage it (manage_master_user_password and the like), or ' +
      'read it from a secret store at apply time, preferably into a write-only argument (*_wo); then rotate the exposed secret.',
    links: [
      { title: 'Manage sensitive data in Terraform', url: 'https://developer.hashicorp.com/terraform/language/manage-sensitive-data' },
      { title: 'Write-only arguments', url: 'https://developer.hashicorp.com/terraform/language/resources/ephemeral#write-only-arguments' },
    ],
  },
  messages: {
    literal: '{{name}} of {{type}} is written in the configuration: a secret in the repository and the state.',
  },
  examples: {
    bad: 'resource "aws_cognito_identity_provider" "google" {\n  provider_name = "Google"\n  provider_type = "Google"\n  provider_details = {\n    client_id     = "1234.apps.googleusercontent.com"\n    client_secret = "GOCSPX-9fK2lQ7xVbN3mT5rW8yZ1aC4"\n  }\n}\n',
    good: 'resource "aws_cognito_identity_provider" "google" {\n  provider_name = "Google"\n  provider_type = "Google"\n  provider_details = {\n    client_id     = "1234.apps.googleusercontent.com"\n    client_secret = var.google_client_secret\n  }\n}\n',
  },
  check({ file, module, report }) {
    if (file.variablesFile) return;
    const resources = file.resources();
    if (resources.length === 0) return;
    const project = moduleFor(file, module);
    const judge = (type: string, name: string, located: Located | undefined) => {
      if (!located || !isSecretArgument(name)) return;
      if (writtenSecret(project, located.value, name, file) === undefined || fromSecretName(project, located.value)) return;
      // No edit: the replacement (a generated value, a secret store, a write-only argument) is the author's choice.
      report({ at: located.at, messageId: 'literal', data: { name, type }, value: located.value });
    };
    for (const block of resources) {
      const type = block.labels[0]?.value;
      if (!type) continue;
      const found = candidates(type, block);
      if (found.length === 0) continue;
      for (const resource of project.instances(block)) {
        for (const { path, name } of found) {
          for (const view of viewsAt(resource, path)) {
            const located = attributeOf(view, name);
            if (located?.value.kind === 'object') {
              for (const key of located.value.entries.keys()) judge(type, key, memberOf(located, key));
            } else {
              judge(type, name, located);
            }
          }
        }
      }
    }
  },
});

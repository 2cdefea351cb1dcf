import { defineRule, type BlockView, type RuleContext, type TerraformModule } from '../api';
import { removeAttribute } from '../shared/terraform-edits';
import { attributeOf, memberOf, moduleFor, type Located } from '../shared/terraform-evaluated';
import { isSecretArgument, staticCredentials, writtenSecret } from '../shared/terraform-secrets';

/** Providers whose `client_certificate` is the client's PKCS#12 bundle with its private key, not a public certificate. */
const inlineCertificateProviders = new Set(['azurerm', 'azuread', 'azapi']);

/** Whether a written value of `name` is a credential for provider `provider`. */
function isCredential(provider: string, name: string, secret: string): boolean {
  // google `credentials` is a key file path or the key itself: only the JSON text is a secret in code.
  if (name === 'credentials') return secret.trim().startsWith('{');
  if (name === 'client_certificate') return inlineCertificateProviders.has(provider) && secret.trim().length >= 64;
  return isSecretArgument(name);
}

type Report = RuleContext<'terraform', 'literal'>['report'];

/** Reports credentials in a provider block, its nested blocks (helm `kubernetes {}`) and object arguments (`kubernetes = {}`). */
function checkBody(project: TerraformModule, provider: string, view: BlockView, report: Report): void {
  for (const attribute of view.block.attributes) {
    const located = attributeOf(view, attribute.name);
    if (!located) continue;
    if (located.value.kind === 'object') {
      for (const key of located.value.entries.keys()) checkValue(project, provider, key, memberOf(located, key), report);
      continue;
    }
    // A suggestion: the provider then needs credentials from the environment, which the author sets up.
    const suggest = [removeAttribute(view.file, attribute, `Remove ${attribute.name} and authenticate from the environment`)];
    checkValue(project, provider, attribute.name, located, report, suggest);
  }
  for (const type of new Set(view.block.blocks.map((b) => (b.type === 'dynamic' ? b.labels[0]?.value : b.type)))) {
    if (type) for (const child of view.blocks(type)) checkBody(project, provider, child, report);
  }
}

function checkValue(project: TerraformModule, provider: string, name: string, located: Located | undefined, report: Report, suggest: ReturnType<typeof removeAttribute>[] = []): void {
  if (!located || (!isSecretArgument(name) && name !== 'client_certificate')) return;
  const secret = writtenSecret(project, located.value, name, located.file);
  if (secret === undefined || !isCredential(provider, name, secret)) return;
  report({ at: located.at, messageId: 'literal', data: { name, provider }, value: located.value, suggest });
}

export default defineRule({
  id: 'TF-501',
  title: 'Keep provider credentials out of the configuration',
  target: 'terraform',
  severity: 'critical',
  preset: 'recommended',
  requirements: ['1.1'],
  frameworks: staticCredentials(),
  docs: {
    rationale:
      'A key, secret, token or password written in a provider block (aws access_key/secret_key/token, azurerm ' +
      'client_secret/client_certificate_password, google credentials JSON or access_token, kubernetes and helm ' +
      'token/password/client_key), in the default of the variable it reads or in a committed tfvars file, is a long-lived ' +
      'credential in the repository, its history and every clone. Values read from files, the environment or a secret ' +
      'store are not reported.',
    remediation:
      'Remove the argument and let the provider authenticate from the environment: SSO or an assumed role for AWS, ' +
      'OIDC or managed identity (use_oidc, use_msi) for Azure, Application Default Credentials or workload identity ' +
      'federation for Google Cloud, an exec plugin for Kubernetes. Then rotate the exposed credential.',
    links: [
      { title: 'AWS provider authentication', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs#authentication-and-configuration' },
      { title: 'azurerm: authenticating with OIDC', url: 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/guides/service_principal_oidc' },
      { title: 'Google provider authentication', url: 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/guides/provider_reference#authentication' },
      { title: 'Kubernetes provider: exec plugins', url: 'https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs#exec-plugins' },
    ],
  },
  messages: {
    literal: '{{name}} of provider "{{provider}}" is written in the configuration: a long-lived credential in the repository.',
  },
  examples: {
    bad: 'provider "aws" {\n  region     = "eu-west-1"\n  access_key = "AKIAZ7QXMPLR2TDV4WNB"\n  secret_key = "q8Zr1kV9bXl2mP4sT7wY0cN3fH6jD5gA1eR8uI2o"\n}\n',
    good: 'provider "aws" {\n  region = "eu-west-1"\n}\n',
  },
  check({ file, module, report }) {
    const providers = file.providers();
    if (providers.length === 0) return;
    const project = moduleFor(file, module);
    for (const block of providers) {
      const name = block.labels[0]?.value;
      if (name) checkBody(project, name, project.view(block, file), report);
    }
  },
});

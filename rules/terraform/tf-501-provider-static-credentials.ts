import { defineRule } from '../api';
import { removeAttribute } from '../shared/terraform-edits';
import { moduleFor } from '../shared/terraform-evaluated';
import { credentialsIn, secretInConfiguration } from '../shared/terraform-secrets';

export default defineRule({
  id: 'TF-501',
  title: 'Keep provider credentials out of the configuration',
  severity: 'critical',
  preset: 'recommended',
  ...secretInConfiguration(),
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
      if (!name) continue;
      credentialsIn(project, name, project.view(block, file), (argument, located, attribute) => {
        // A suggestion: the provider then needs credentials from the environment, which the author sets up.
        const suggest = attribute ? [removeAttribute(file, attribute, `Remove ${argument} and authenticate from the environment`)] : [];
        report({ at: located.at, messageId: 'literal', data: { name: argument, provider: name }, value: located.value, suggest });
      });
    }
  },
});

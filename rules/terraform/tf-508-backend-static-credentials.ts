import { asString, defineRule, type BlockView } from '../api';
import { removeAttribute } from '../shared/terraform-edits';
import { moduleFor } from '../shared/terraform-evaluated';
import { credentialsIn, secretInConfiguration } from '../shared/terraform-secrets';

export default defineRule({
  id: 'TF-508',
  title: 'Keep state backend credentials out of the configuration',
  severity: 'critical',
  preset: 'recommended',
  ...secretInConfiguration(),
  docs: {
    rationale:
      'Backend settings cannot use variables, so a key written there (s3 access_key/secret_key, azurerm access_key, ' +
      'sas_token or client_secret, gcs credentials or encryption_key, remote, http and cloud tokens and passwords) is a ' +
      'literal in the repository; so is one in the config of a terraform_remote_state data source. It opens the state, ' +
      'which holds every other secret of the configuration.',
    remediation:
      'Remove the argument and pass it at init time from the environment (AWS_*, ARM_*, GOOGLE_*, TF_TOKEN_*) or with ' +
      '-backend-config from a file kept out of the repository; then rotate the exposed credential.',
    links: [
      { title: 'Backend configuration: credentials and sensitive data', url: 'https://developer.hashicorp.com/terraform/language/backend#credentials-and-sensitive-data' },
      { title: 'Partial backend configuration', url: 'https://developer.hashicorp.com/terraform/language/backend#partial-configuration' },
    ],
  },
  messages: {
    literal: '{{name}} of the "{{backend}}" backend is written in the configuration: a credential that opens the state.',
  },
  examples: {
    bad: 'terraform {\n  backend "azurerm" {\n    storage_account_name = "sttfstate"\n    container_name       = "tfstate"\n    key                  = "prod.tfstate"\n    access_key           = "bXlTdG9yYWdlS2V5VGhhdElzTG9uZ0Vub3VnaFRvTG9va1JlYWw="\n  }\n}\n',
    good: 'terraform {\n  backend "azurerm" {\n    storage_account_name = "sttfstate"\n    container_name       = "tfstate"\n    key                  = "prod.tfstate"\n    use_azuread_auth     = true\n  }\n}\n',
  },
  check({ file, module, report }) {
    const settings = file.blocks.filter((block) => block.type === 'terraform');
    const remoteStates = file.dataSources('terraform_remote_state');
    if (settings.length === 0 && remoteStates.length === 0) return;
    const project = moduleFor(file, module);
    const check = (view: BlockView, backend: string) =>
      credentialsIn(project, backend, view, (name, located, attribute) => {
        // A suggestion: init then needs the value from the environment or a -backend-config file.
        const suggest = attribute ? [removeAttribute(file, attribute, `Remove ${name} and pass it at init time`)] : [];
        report({ at: located.at, messageId: 'literal', data: { name, backend }, value: located.value, suggest });
      });
    for (const block of settings.flatMap((terraform) => [...terraform.blocksOf('backend'), ...terraform.blocksOf('cloud')])) {
      const backend = block.type === 'cloud' ? 'cloud' : block.labels[0]?.value;
      if (backend) check(project.view(block, file), backend);
    }
    // terraform_remote_state reads another state with the same backend settings, in its `config` object.
    for (const view of remoteStates.flatMap((block) => project.instances(block))) check(view, asString(view.value('backend')) ?? 'remote state');
  },
});

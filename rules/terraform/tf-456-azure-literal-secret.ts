import { defineRule, type BlockView } from '../api';
import { azurermDoc } from '../shared/azure-hardening';
import { attributeOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { fromSecretName, secretInConfiguration, writtenSecret } from '../shared/terraform-secrets';

/** The secret arguments of Azure resources this rule owns (the generic TF-505 leaves them to it), and what to use instead. */
const targets = [
  { resources: ['azurerm_key_vault_secret'], path: [], name: 'value', instead: 'value_wo with value_wo_version' },
  {
    resources: ['azurerm_linux_virtual_machine', 'azurerm_windows_virtual_machine', 'azurerm_linux_virtual_machine_scale_set', 'azurerm_windows_virtual_machine_scale_set'],
    path: [],
    name: 'admin_password',
    instead: 'a random_password or a Key Vault secret read at apply time',
  },
  { resources: ['azurerm_virtual_machine'], path: ['os_profile'], name: 'admin_password', instead: 'a random_password or a Key Vault secret read at apply time' },
  { resources: ['azurerm_container_app'], path: ['secret'], name: 'value', instead: 'key_vault_secret_id with a managed identity' },
];

const holders = (resource: BlockView, path: readonly string[]): BlockView[] =>
  path.reduce<BlockView[]>((views, type) => views.flatMap((view) => view.blocks(type)), [resource]);

export default defineRule({
  id: 'TF-456',
  title: 'Do not write Key Vault secret values, VM admin passwords or Container App secrets in the configuration',
  severity: 'high',
  preset: 'recommended',
  ...secretInConfiguration(),
  docs: {
    rationale:
      'The value of an azurerm_key_vault_secret, the admin_password of a virtual machine or scale set, or a secret value ' +
      'of a Container App written as a literal (or in the variable default or tfvars entry it comes from) is in the ' +
      'repository, its history and every clone, and in the state: keeping it in Key Vault afterwards protects nothing. ' +
      'Values from random_password, data sources or variables set at apply time are not reported, nor placeholders; ' +
      'values of variables and locals named for a secret are reported there by TF-502 and TF-514.',
    remediation:
      'Generate the value (random_password), read it at apply time into value_wo / value_wo_version (azurerm 4.x and ' +
      'later), use SSH keys for Linux VMs, and reference Key Vault from Container Apps (key_vault_secret_id with a managed ' +
      'identity); then rotate the exposed secret.',
    links: [
      azurermDoc('key_vault_secret', 'value_wo'),
      azurermDoc('container_app', 'key_vault_secret_id'),
      { title: 'Write-only arguments', url: 'https://developer.hashicorp.com/terraform/language/resources/ephemeral#write-only-arguments' },
    ],
  },
  messages: {
    literal: '{{name}} is written in the configuration: a secret in the repository and the state (use {{instead}}).',
  },
  examples: {
    bad: 'resource "azurerm_key_vault_secret" "db" {\n  name         = "db-password"\n  value        = "S3cure-Passw0rd-2024!"\n  key_vault_id = azurerm_key_vault.main.id\n}\n',
    good: 'resource "azurerm_key_vault_secret" "db" {\n  name         = "db-password"\n  value        = random_password.db.result\n  key_vault_id = azurerm_key_vault.main.id\n}\n',
  },
  check({ file, module, report }) {
    if (file.variablesFile) return;
    const project = moduleFor(file, module);
    for (const { resources, path, name, instead } of targets) {
      for (const type of resources) {
        for (const resource of resourceInstances(project, file, type)) {
          for (const holder of holders(resource, path)) {
            const located = attributeOf(holder, name);
            if (!located || writtenSecret(project, located.value, name, file) === undefined || fromSecretName(project, located.value)) continue;
            // No edit: the replacement (a generated value, a write-only argument, a Key Vault reference) is the author's choice.
            report({ at: located.at, messageId: 'literal', data: { name, instead }, value: located.value });
          }
        }
      }
    }
  },
});

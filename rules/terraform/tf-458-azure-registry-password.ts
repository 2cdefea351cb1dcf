import { asString, defineRule, type BlockView } from '../api';
import { azurermDoc, staticCredentials } from '../shared/azure-hardening';
import { attributeOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { isOverrideFile } from '../shared/terraform-values';

/** An Azure Container Registry login server: only those accept a managed identity instead of a password. */
const acrServer = /^[a-z0-9]{5,50}\.azurecr\.(io|cn|us)$/i;

/** Where registry logins are: the nested block and its password argument, per resource type. */
const logins = [
  { type: 'azurerm_container_group', block: 'image_registry_credential', password: 'password', identity: 'user_assigned_identity_id' },
  { type: 'azurerm_container_app', block: 'registry', password: 'password_secret_name', identity: 'identity' },
  { type: 'azurerm_container_app_job', block: 'registry', password: 'password_secret_name', identity: 'identity' },
];

/** Whether a registry login is to ACR: undefined when the server is not known. */
function toAcr(login: BlockView): boolean | undefined {
  const server = login.value('server');
  const text = server === undefined ? undefined : asString(server);
  return text === undefined ? undefined : acrServer.test(text.trim());
}

export default defineRule({
  id: 'TF-458',
  title: 'Pull from Azure Container Registry with a managed identity, not a password',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['1.1', '1.2'],
  frameworks: staticCredentials(),
  docs: {
    rationale:
      'A container group image_registry_credential with a password, or a Container App registry with a ' +
      'password_secret_name, logs in to Azure Container Registry with the admin user or a service principal secret: a ' +
      'long-lived credential kept in the resource and the state, usually with push rights. ACR accepts the managed ' +
      'identity of the container group (user_assigned_identity_id) or app (identity) with the AcrPull role instead. ' +
      'Registries other than ACR cannot take an identity and are not reported.',
    remediation:
      'Give the container group or app a user-assigned identity with AcrPull on the registry, set user_assigned_identity_id (container groups) or identity (Container Apps) in the registry block, and remove the username and password.',
    links: [
      azurermDoc('container_group', 'image_registry_credential'),
      azurermDoc('container_app', 'registry'),
      { title: 'Deploy to Azure Container Instances from ACR using a managed identity', url: 'https://learn.microsoft.com/azure/container-instances/using-azure-container-registry-mi' },
    ],
  },
  messages: {
    password: '{{name}} logs in to Azure Container Registry with a password; use a managed identity with AcrPull.',
  },
  examples: {
    bad:
      'resource "azurerm_container_group" "app" {\n  name = "app"\n\n  image_registry_credential {\n    server   = "contoso.azurecr.io"\n' +
      '    username = "contoso"\n    password = var.acr_password\n  }\n}\n',
    good:
      'resource "azurerm_container_group" "app" {\n  name = "app"\n\n  image_registry_credential {\n    server                    = "contoso.azurecr.io"\n' +
      '    user_assigned_identity_id = azurerm_user_assigned_identity.app.id\n  }\n}\n',
  },
  check({ file, module, report }) {
    if (isOverrideFile(file)) return;
    const project = moduleFor(file, module);
    for (const { type, block, password, identity } of logins) {
      for (const resource of resourceInstances(project, file, type)) {
        for (const login of resource.blocks(block)) {
          const written = attributeOf(login, password);
          if (!written || written.value.kind === 'null' || toAcr(login) !== true) continue;
          const other = login.value(identity);
          if (other !== undefined && other.kind !== 'null') continue;
          // No edit: the identity and its role assignment have to exist first.
          report({ at: login.attribute(password)?.range ?? written.at, messageId: 'password', data: { name: password } });
        }
      }
    }
  },
});

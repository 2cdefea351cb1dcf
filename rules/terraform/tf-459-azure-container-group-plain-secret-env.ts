import { defineRule } from '../api';
import { azurermDoc } from '../shared/azure-hardening';
import { attributeOf, memberOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { isSecretArgument, secretInConfiguration, writtenSecret } from '../shared/terraform-secrets';

export default defineRule({
  id: 'TF-459',
  title: 'Pass secrets to Azure container groups in secure environment variables',
  severity: 'high',
  preset: 'recommended',
  ...secretInConfiguration(),
  docs: {
    rationale:
      'environment_variables of a container group are returned in clear by the Azure API and shown in the portal to ' +
      'anyone who can read the resource; secure_environment_variables are not. A variable named for a secret ' +
      '(DB_PASSWORD, API_TOKEN, CLIENT_SECRET) belongs there, whatever its value comes from. A value written out in ' +
      'the configuration is reported by TF-505 instead.',
    remediation: 'Move the variable to secure_environment_variables (the provider replaces the container group), or mount it from a Key Vault-backed volume.',
    links: [
      azurermDoc('container_group', 'secure_environment_variables'),
      { title: 'Set environment variables in container instances', url: 'https://learn.microsoft.com/azure/container-instances/container-instances-environment-variables#secure-values' },
    ],
  },
  messages: {
    plain: '{{key}} is passed in environment_variables, shown in clear to anyone who can read the container group.',
  },
  examples: {
    bad: 'resource "azurerm_container_group" "app" {\n  container {\n    name = "app"\n\n    environment_variables = {\n      DB_PASSWORD = var.db_password\n    }\n  }\n}\n',
    good: 'resource "azurerm_container_group" "app" {\n  container {\n    name = "app"\n\n    secure_environment_variables = {\n      DB_PASSWORD = var.db_password\n    }\n  }\n}\n',
  },
  check({ file, module, report }) {
    const project = moduleFor(file, module);
    for (const group of resourceInstances(project, file, 'azurerm_container_group')) {
      for (const container of [...group.blocks('container'), ...group.blocks('init_container')]) {
        const variables = attributeOf(container, 'environment_variables');
        if (variables?.value.kind !== 'object') continue;
        for (const key of variables.value.entries.keys()) {
          const member = memberOf(variables, key);
          if (!member || !isSecretArgument(key) || writtenSecret(project, member.value, key, file) !== undefined) continue;
          // No edit: moving the key replaces the container group.
          report({ at: member.at, messageId: 'plain', data: { key } });
        }
      }
    }
  },
});

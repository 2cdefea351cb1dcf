import { defineRule, providerMajor } from '../api';
import { holders, removedResources, renameArgument, renamedArguments } from '../shared/provider-renames';
import { moduleFor, resourceInstances } from '../shared/terraform-evaluated';

export default defineRule({
  id: 'TF-500',
  title: 'Use the argument names of the provider version in use',
  target: 'terraform',
  severity: 'low',
  preset: 'recommended',
  requirements: ['7.2'],
  frameworks: { iso27001: ['A.8.9'], nist80053: ['CM-2'] },
  docs: {
    rationale:
      'Provider major versions rename and remove security arguments: azurerm 4.0 renamed enable_https_traffic_only to ' +
      'https_traffic_only_enabled and the AKS enable_* node pool flags, 5.0 renamed enable_rbac_authorization and the ' +
      'API Management protocol flags; google 6.0 removed require_ssl for ssl_mode; azurerm 4.0 and 5.0 removed resource ' +
      'types such as azurerm_sql_server, azurerm_mysql_server, azurerm_postgresql_server and azurerm_app_service. On a ' +
      'provider without the old name Terraform rejects the configuration, and the security checks read the new name, so ' +
      'the setting is not the one they decide on. The version comes from .terraform.lock.hcl beside the module, else from ' +
      'version constraints that allow one major only; when neither says, both names are accepted and nothing is reported.',
    remediation:
      'Rename the argument to the name of the provider version in use (the quick fix does it), or write the block or ' +
      'resource type that replaces it.',
    links: [
      { title: 'azurerm 4.0 upgrade guide', url: 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/guides/4.0-upgrade-guide' },
      { title: 'azurerm 5.0 upgrade guide', url: 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/guides/5.0-upgrade-guide' },
      { title: 'google 6.0 upgrade guide', url: 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/guides/version_6_upgrade' },
      { title: 'Dependency lock file', url: 'https://developer.hashicorp.com/terraform/language/files/dependency-lock' },
    ],
  },
  messages: {
    renamed: '{{old}} does not exist in {{provider}} {{major}}.x (renamed to {{current}} in {{removedIn}}.0): Terraform rejects it, and the checks read {{current}}.',
    removed: '{{old}} does not exist in {{provider}} {{major}}.x (removed in {{removedIn}}.0): Terraform rejects it; use {{instead}}.',
  },
  examples: {
    bad:
      'terraform {\n  required_providers {\n    azurerm = { source = "hashicorp/azurerm", version = "~> 4.0" }\n  }\n}\n\n' +
      'resource "azurerm_storage_account" "logs" {\n  name                      = "stlogs"\n  enable_https_traffic_only = true\n}\n',
    good:
      'terraform {\n  required_providers {\n    azurerm = { source = "hashicorp/azurerm", version = "~> 4.0" }\n  }\n}\n\n' +
      'resource "azurerm_storage_account" "logs" {\n  name                       = "stlogs"\n  https_traffic_only_enabled = true\n}\n',
  },
  check({ file, module, report }) {
    const project = moduleFor(file, module);
    for (const entry of removedResources) {
      const blocks = file.resources(entry.type);
      const major = blocks.length > 0 ? providerMajor(project, entry.provider) : undefined;
      if (major === undefined || major < entry.removedIn) continue;
      const data = { old: entry.type, provider: entry.provider.split('/')[1], major, removedIn: entry.removedIn, instead: entry.instead };
      // No edit: the replacement resource has other arguments, and moving to it is a migration.
      for (const block of blocks) if (block.labels[0]) report({ at: block.labels[0].range, messageId: 'removed', data });
    }
    for (const entry of renamedArguments) {
      const major = providerMajor(project, entry.provider);
      if (major === undefined || major < entry.removedIn) continue;
      const provider = entry.provider.split('/')[1];
      for (const type of entry.resources) {
        if (file.resources(type).length === 0) continue;
        for (const resource of resourceInstances(project, file, type)) {
          for (const holder of holders(resource, entry)) {
            const attribute = holder.attribute(entry.old);
            if (!attribute) continue;
            const data = { old: entry.old, provider, major, removedIn: entry.removedIn, current: entry.current ?? '', instead: entry.instead ?? '' };
            // Safe unattended: the provider maps the new name onto the same API field, so the plan does not change.
            const fix = entry.current && !holder.attribute(entry.current) ? renameArgument(file, attribute, entry.current) : undefined;
            report({ at: attribute.nameRange, messageId: entry.current ? 'renamed' : 'removed', data, fix });
          }
        }
      }
    }
  },
});

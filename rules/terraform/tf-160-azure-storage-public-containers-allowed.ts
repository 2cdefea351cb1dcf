import { defineRule } from '../api';
import { allOf, mustNotBeTrue, publicExposure } from '../shared/azure-transport';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-160',
  title: 'Disallow anonymous access to blobs on Azure storage accounts',
  target: 'terraform',
  severity: 'medium',
  preset: 'strict',
  requirements: ['2.1'],
  frameworks: publicExposure(),
  docs: {
    rationale:
      'While a storage account allows it, any of its containers can be made readable by anyone with one setting, from ' +
      'Terraform, the portal or an SDK. azurerm 3.0 renamed allow_blob_public_access (default false) to ' +
      'allow_nested_items_to_be_public and made it default to true, so an account that does not set it allows public ' +
      'containers. Turning it off at the account blocks anonymous access to every container at once.',
    remediation: 'Set allow_nested_items_to_be_public = false (allow_blob_public_access = false before azurerm 3.0).',
    links: [
      { title: 'azurerm_storage_account', url: 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#allow_nested_items_to_be_public' },
      { title: 'Prevent anonymous read access to containers and blobs', url: 'https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-prevent' },
    ],
  },
  messages: {
    enabled: '{{name}} = true lets any container of this account be made readable without credentials.',
    missing: 'allow_nested_items_to_be_public is not set, so containers of this account can be made public (the default is true from azurerm 3.0).',
  },
  examples: {
    bad:
      'resource "azurerm_storage_account" "main" {\n  name                     = "stmain"\n  account_tier             = "Standard"\n' +
      '  account_replication_type = "GRS"\n}\n',
    good:
      'resource "azurerm_storage_account" "main" {\n  name                            = "stmain"\n  account_tier                    = "Standard"\n' +
      '  account_replication_type        = "GRS"\n  allow_nested_items_to_be_public = false\n}\n',
  },
  check: allOf<'enabled' | 'missing'>(
    attributeCheck({
      resources: ['azurerm_storage_account'],
      // A suggestion: containers that are public now stop answering anonymous requests.
      ...mustNotBeTrue('allow_nested_items_to_be_public'),
      // The 2.x name on the account means a 2.x provider, where public access is off by default.
      absent: ({ resource }) => (resource.attribute('allow_blob_public_access') ? 'compliant' : 'insecure'),
      data: () => ({ name: 'allow_nested_items_to_be_public' }),
      messages: { insecure: 'enabled', missing: 'missing' },
    }),
    attributeCheck({
      resources: ['azurerm_storage_account'],
      ...mustNotBeTrue('allow_blob_public_access'),
      absent: 'compliant',
      data: () => ({ name: 'allow_blob_public_access' }),
      messages: { insecure: 'enabled', missing: 'enabled' },
    }),
  ),
});

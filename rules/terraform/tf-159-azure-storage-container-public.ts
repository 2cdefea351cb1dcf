import { asString, defineRule } from '../api';
import { publicExposure } from '../shared/azure-transport';
import { attributeCheck } from '../shared/terraform-attribute-check';

export default defineRule({
  id: 'TF-159',
  title: 'Keep Azure storage containers private',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['2.1'],
  frameworks: publicExposure(),
  docs: {
    rationale:
      'A container with container_access_type "blob" lets anyone on the internet read its blobs without credentials, ' +
      'and "container" also lets them list every blob name. The default is "private", so only public access is reported.',
    remediation: 'Set container_access_type = "private" (or remove it) and share data through SAS tokens, Entra ID roles or a CDN with authentication.',
    links: [
      { title: 'azurerm_storage_container', url: 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_container#container_access_type' },
      { title: 'Configure anonymous read access for containers and blobs', url: 'https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-configure' },
    ],
  },
  messages: {
    public: 'container_access_type = "{{access}}" lets anyone read blobs in this container without credentials.',
  },
  examples: {
    bad: 'resource "azurerm_storage_container" "assets" {\n  name                  = "assets"\n  storage_account_id    = azurerm_storage_account.main.id\n  container_access_type = "blob"\n}\n',
    good: 'resource "azurerm_storage_container" "assets" {\n  name                  = "assets"\n  storage_account_id    = azurerm_storage_account.main.id\n  container_access_type = "private"\n}\n',
  },
  check: attributeCheck({
    resources: ['azurerm_storage_container'],
    path: 'container_access_type',
    compliant: (value) => {
      const access = asString(value)?.trim().toLowerCase();
      return access === undefined ? undefined : access !== 'blob' && access !== 'container';
    },
    absent: 'compliant',
    data: (value) => ({ access: asString(value)?.trim() ?? '' }),
    messages: { insecure: 'public', missing: 'public' },
    // A suggestion: whoever reads the blobs anonymously (a website, a download link) loses access.
    remedy: { value: 'private', title: 'Make the container private', kind: 'suggest' },
  }),
});

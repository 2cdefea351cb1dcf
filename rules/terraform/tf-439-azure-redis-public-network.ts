import { defineRule } from '../api';
import { azurermDoc } from '../shared/azure-hardening';
import { publicAccessCheck, publicAccessMessages, publicUnlessInSubnet, publicAccessRule } from '../shared/azure-exposure';

export default defineRule({
  id: 'TF-439',
  title: 'Turn off public network access on Azure Cache for Redis',
  ...publicAccessRule,
  docs: {
    rationale:
      'An Azure Cache for Redis with public_network_access_enabled (default true) answers on a public endpoint where its ' +
      'firewall rules and access keys are the only barrier; a cache often holds sessions and tokens. With it off, ' +
      'clients connect through private endpoints only (or the cache is injected into a subnet with subnet_id).',
    remediation: 'Create a private endpoint for the cache and set public_network_access_enabled = false.',
    links: [
      azurermDoc('redis_cache', 'public_network_access_enabled'),
      { title: 'Azure Cache for Redis with Azure Private Link', url: 'https://learn.microsoft.com/azure/azure-cache-for-redis/cache-private-link' },
    ],
  },
  messages: publicAccessMessages('cache'),
  examples: {
    bad: 'resource "azurerm_redis_cache" "main" {\n  name = "main"\n}\n',
    good: 'resource "azurerm_redis_cache" "main" {\n  name                          = "main"\n  public_network_access_enabled = false\n}\n',
  },
  // A cache injected into a subnet has no public endpoint.
  check: publicAccessCheck({ resources: ['azurerm_redis_cache'], absent: publicUnlessInSubnet('subnet_id') }),
});

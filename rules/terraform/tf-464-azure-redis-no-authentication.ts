import { defineRule } from '../api';
import { mustBeTrue } from '../shared/terraform-attribute-check';
import { azurermDoc, renamedFlag, staticCredentials } from '../shared/azure-hardening';

export default defineRule({
  id: 'TF-464',
  title: 'Keep authentication on for Azure Cache for Redis',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['1.1'],
  frameworks: staticCredentials(),
  docs: {
    rationale:
      'redis_configuration { authentication_enabled = false } (enable_authentication before azurerm 4.0) lets any client ' +
      'that reaches the cache read and write every key without an access key or a Microsoft Entra token. Azure allows it ' +
      'only for caches in a virtual network, which still exposes the data to every host of that network. The default is true.',
    remediation: 'Remove authentication_enabled = false (or set it to true) and give clients an access key or, better, Microsoft Entra authentication.',
    links: [
      azurermDoc('redis_cache', 'authentication_enabled'),
      { title: 'Configure Azure Cache for Redis authentication', url: 'https://learn.microsoft.com/azure/azure-cache-for-redis/cache-configure#access-keys' },
    ],
  },
  messages: {
    disabled: '{{name}} = false lets any client that reaches this cache use it without credentials.',
  },
  examples: {
    bad: 'resource "azurerm_redis_cache" "main" {\n  name = "cache"\n\n  redis_configuration {\n    authentication_enabled = false\n  }\n}\n',
    good: 'resource "azurerm_redis_cache" "main" {\n  name = "cache"\n\n  redis_configuration {\n    authentication_enabled = true\n  }\n}\n',
  },
  // A suggestion: clients that connect without a key stop working.
  check: renamedFlag<'disabled'>({
    resources: ['azurerm_redis_cache'],
    block: 'redis_configuration',
    current: 'authentication_enabled',
    legacy: 'enable_authentication',
    flag: mustBeTrue,
    absent: 'compliant',
    messages: { insecure: 'disabled', missing: 'disabled' },
  }),
});

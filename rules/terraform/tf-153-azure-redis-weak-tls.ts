import { defineRule } from '../api';
import { minimumTls, retiredTls, transportEncryption, weakTlsMessage } from '../shared/azure-transport';

export default defineRule({
  id: 'TF-153',
  title: 'Require TLS 1.2 on Azure Cache for Redis',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['3.2'],
  frameworks: transportEncryption(),
  docs: {
    rationale:
      `${retiredTls}. Unlike most Azure resources, azurerm_redis_cache defaults minimum_tls_version to "1.0" (azurerm ` +
      '2.x to 4.x), so a cache created without the argument accepts clients on TLS 1.0 and 1.1.',
    remediation: 'Set minimum_tls_version = "1.2" once clients support it.',
    links: [
      { title: 'azurerm_redis_cache', url: 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/redis_cache#minimum_tls_version' },
      { title: 'Remove TLS 1.0 and 1.1 from Azure Cache for Redis', url: 'https://learn.microsoft.com/azure/azure-cache-for-redis/cache-remove-tls-10-11' },
    ],
  },
  messages: {
    weakTls: weakTlsMessage,
    missing: 'minimum_tls_version is not set, so the cache accepts TLS 1.0 and 1.1 (the provider default is "1.0").',
  },
  examples: {
    bad: 'resource "azurerm_redis_cache" "main" {\n  name     = "cache"\n  capacity = 1\n  family   = "C"\n  sku_name = "Standard"\n}\n',
    good:
      'resource "azurerm_redis_cache" "main" {\n  name                = "cache"\n  capacity            = 1\n  family              = "C"\n' +
      '  sku_name            = "Standard"\n  minimum_tls_version = "1.2"\n}\n',
  },
  // The provider writes "1.0" when the argument is absent (azurerm 2.x to 4.x).
  check: minimumTls({ resources: ['azurerm_redis_cache'], path: 'minimum_tls_version', weak: ['1.0', '1.1'], missing: 'missing' }),
});

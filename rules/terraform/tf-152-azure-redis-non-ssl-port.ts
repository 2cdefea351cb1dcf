import { defineRule, type RuleContext } from '../api';
import { mustNotBeTrue, transportEncryption } from '../shared/azure-transport';
import { argumentNames, renamedArgument } from '../shared/provider-renames';
import { attributeCheck } from '../shared/terraform-attribute-check';
import { moduleFor } from '../shared/terraform-evaluated';

// azurerm 4.0 renamed enable_non_ssl_port to non_ssl_port_enabled; either name may appear
// while the provider version is unknown. Both default to false.
const port = (name: string) =>
  attributeCheck({
    resources: ['azurerm_redis_cache'],
    ...mustNotBeTrue(name),
    absent: 'compliant',
    data: () => ({ name }),
    messages: { insecure: 'enabled', missing: 'enabled' },
  });

export default defineRule({
  id: 'TF-152',
  title: 'Keep the non-TLS port of Azure Cache for Redis closed',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['3.2'],
  frameworks: transportEncryption(),
  docs: {
    rationale:
      'Azure Cache for Redis listens on the TLS port 6380 only, unless the non-SSL port 6379 is opened: clients on it send ' +
      'the access key and every cached value in clear text. The port is closed by default (enable_non_ssl_port up to ' +
      'azurerm 3.x, non_ssl_port_enabled from 4.0), so only opening it is reported.',
    remediation: 'Remove non_ssl_port_enabled (enable_non_ssl_port before azurerm 4.0) or set it to false, and connect on port 6380 with TLS.',
    links: [
      { title: 'azurerm_redis_cache', url: 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/redis_cache#non_ssl_port_enabled' },
      { title: 'Azure Cache for Redis: TLS configuration', url: 'https://learn.microsoft.com/azure/azure-cache-for-redis/cache-remove-tls-10-11' },
    ],
  },
  messages: {
    enabled: '{{name}} = true opens port 6379, where clients send the access key and data in clear text.',
  },
  examples: {
    bad:
      'resource "azurerm_redis_cache" "main" {\n  name                 = "cache"\n  capacity             = 1\n  family               = "C"\n' +
      '  sku_name             = "Standard"\n  minimum_tls_version  = "1.2"\n  non_ssl_port_enabled = true\n}\n',
    good:
      'resource "azurerm_redis_cache" "main" {\n  name                = "cache"\n  capacity            = 1\n  family              = "C"\n' +
      '  sku_name            = "Standard"\n  minimum_tls_version = "1.2"\n}\n',
  },
  check: (() => {
    const rename = renamedArgument('azurerm_redis_cache', 'enable_non_ssl_port');
    const checks = new Map([rename.current!, rename.old].map((name) => [name, port(name)]));
    return (context: RuleContext<'terraform', 'enabled'>) => {
      for (const name of argumentNames(moduleFor(context.file, context.module), rename)) checks.get(name)!(context);
    };
  })(),
});

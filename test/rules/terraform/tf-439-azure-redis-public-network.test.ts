import rule from '../../../rules/terraform/tf-439-azure-redis-public-network';
import { ruleTester } from '../../helpers/rule-tester';

const cache = (body: string) => `resource "azurerm_redis_cache" "main" {\n  name = "main"\n${body}}\n`;

ruleTester(rule, {
  good: [
    { name: 'public access off', code: cache('  public_network_access_enabled = false\n') },
    { name: 'injected into a subnet', code: cache('  subnet_id = azurerm_subnet.cache.id\n') },
    { name: 'subnet from a variable without a value', code: cache('  subnet_id = var.subnet_id\n'), files: { 'variables.tf': 'variable "subnet_id" {}\n' } },
  ],
  bad: [
    { name: 'provider default', code: cache(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 38, suggestions: [{ output: cache('  public_network_access_enabled = false\n') }] }] },
    { name: 'explicitly true', code: cache('  public_network_access_enabled = true\n'), findings: [{ messageId: 'enabled', line: 3, column: 35, endColumn: 39 }] },
  ],
});

import rule from '../../../rules/terraform/tf-464-azure-redis-no-authentication';
import { ruleTester } from '../../helpers/rule-tester';

const cache = (config: string) => `resource "azurerm_redis_cache" "main" {\n  name = "cache"\n\n  redis_configuration {\n${config}  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'default', code: cache('    maxmemory_policy = "allkeys-lru"\n') },
    { name: 'explicitly on', code: cache('    authentication_enabled = true\n') },
    { name: 'no redis_configuration block', code: 'resource "azurerm_redis_cache" "main" {\n  name = "cache"\n}\n' },
  ],
  bad: [
    {
      name: 'authentication off',
      code: cache('    authentication_enabled = false\n'),
      findings: [{ messageId: 'disabled', line: 5, column: 30, endColumn: 35, suggestions: [{ title: 'Set authentication_enabled = true', output: cache('    authentication_enabled = true\n') }] }],
    },
    { name: 'azurerm 3.x name', code: cache('    enable_authentication = false\n'), findings: [{ messageId: 'disabled', line: 5, column: 29, endColumn: 34 }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"azurerm_redis_cache": {"main": {"redis_configuration": {"authentication_enabled": false}}}}}\n', findings: [{ messageId: 'disabled', line: 1, column: 98, endColumn: 103 }] },
  ],
});

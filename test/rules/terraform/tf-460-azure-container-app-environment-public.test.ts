import rule from '../../../rules/terraform/tf-460-azure-container-app-environment-public';
import { ruleTester } from '../../helpers/rule-tester';

const environment = (body: string) => `resource "azurerm_container_app_environment" "main" {\n  name = "cae-main"\n${body}}\n`;
const title = 'Set internal_load_balancer_enabled = true (the provider replaces the resource)';

ruleTester(rule, {
  good: [
    { name: 'internal load balancer', code: environment('  infrastructure_subnet_id       = azurerm_subnet.apps.id\n  internal_load_balancer_enabled = true\n') },
    { name: 'from a variable without a value', code: environment('  internal_load_balancer_enabled = var.internal\n'), files: { 'variables.tf': 'variable "internal" {}\n' } },
  ],
  bad: [
    { name: 'provider default', code: environment(''), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 52, suggestions: [{ title, output: environment('  internal_load_balancer_enabled = true\n') }] }] },
    { name: 'subnet but public', code: environment('  infrastructure_subnet_id       = azurerm_subnet.apps.id\n  internal_load_balancer_enabled = false\n'), findings: [{ messageId: 'disabled', line: 4, column: 36, endColumn: 41 }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"azurerm_container_app_environment": {"main": {"internal_load_balancer_enabled": false}}}}\n', findings: [{ messageId: 'disabled', line: 1, column: 96, endColumn: 101 }] },
  ],
});

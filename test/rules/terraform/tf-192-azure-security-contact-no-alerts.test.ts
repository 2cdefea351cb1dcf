import rule from '../../../rules/terraform/tf-192-azure-security-contact-no-alerts';
import { ruleTester } from '../../helpers/rule-tester';

const contact = (flag: string) => `resource "azurerm_security_center_contact" "soc" {\n  email               = "soc@example.com"\n  alert_notifications = ${flag}\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'alerts e-mailed', code: contact('true') },
    { name: 'from a variable without a value', code: contact('var.alerts'), files: { 'variables.tf': 'variable "alerts" {}\n' } },
  ],
  bad: [
    { name: 'alerts off', code: contact('false'), findings: [{ messageId: 'off', line: 3, column: 25, endColumn: 30, suggestions: [{ title: 'Set alert_notifications = true', output: contact('true') }] }] },
    { name: 'JSON syntax', filename: 'main.tf.json', code: '{"resource": {"azurerm_security_center_contact": {"soc": {"alert_notifications": false}}}}\n', findings: [{ messageId: 'off', line: 1, column: 82, endColumn: 87 }] },
  ],
});

import rule from '../../../rules/terraform/tf-465-azure-nic-public-ip';
import { ruleTester } from '../../helpers/rule-tester';

const nic = (extra: string) =>
  `resource "azurerm_network_interface" "vm" {\n  name = "nic-vm"\n\n  ip_configuration {\n    name                          = "internal"\n    private_ip_address_allocation = "Dynamic"\n${extra}  }\n}\n`;

ruleTester(rule, {
  good: [
    { name: 'private only', code: nic('') },
    { name: 'public IP from a variable without a value', code: nic('    public_ip_address_id          = var.public_ip_id\n'), files: { 'variables.tf': 'variable "public_ip_id" {}\n' } },
    { name: 'null from a variable default', code: nic('    public_ip_address_id          = var.public_ip_id\n'), files: { 'variables.tf': 'variable "public_ip_id" {\n  default = null\n}\n' } },
  ],
  bad: [
    { name: 'public IP resource', code: nic('    public_ip_address_id          = azurerm_public_ip.vm.id\n'), findings: [{ messageId: 'publicIp', line: 7, column: 37, endColumn: 60 }] },
    {
      name: 'counted public IPs',
      code: nic('    public_ip_address_id          = azurerm_public_ip.vm[count.index].id\n').replace('  name = "nic-vm"\n', '  count = 2\n  name  = "nic-vm"\n'),
      findings: [{ messageId: 'publicIp', line: 8, column: 37, endColumn: 73 }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"azurerm_network_interface": {"vm": {"ip_configuration": {"name": "internal", "public_ip_address_id": "${azurerm_public_ip.vm.id}"}}}}}\n',
      findings: [{ messageId: 'publicIp', line: 1, column: 117, endColumn: 145 }],
    },
  ],
});

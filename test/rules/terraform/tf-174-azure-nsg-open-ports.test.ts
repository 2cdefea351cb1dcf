import rule from '../../../rules/terraform/tf-174-azure-nsg-open-ports';
import { ruleTester } from '../../helpers/rule-tester';

const rule_ = (ports: string, source = '"Internet"', protocol = '"*"', extra = '') =>
  'resource "azurerm_network_security_rule" "r" {\n  direction              = "Inbound"\n  access                 = "Allow"\n' +
  `  protocol               = ${protocol}\n  destination_port_range = ${ports}\n  source_address_prefix  = ${source}\n${extra}}\n`;

ruleTester(rule, {
  good: [
    { name: 'HTTPS from the internet', code: rule_('"443"') },
    { name: 'SSH from the internet is TF-002', code: rule_('"22"', '"*"', '"Tcp"') },
    { name: 'all ports from a private range', code: rule_('"*"', '"10.0.0.0/8"') },
    { name: 'all ports from the virtual network tag', code: rule_('"*"', '"VirtualNetwork"') },
    { name: 'ICMP from the internet', code: rule_('"*"', '"*"', '"Icmp"') },
    { name: 'deny rule', code: rule_('"*"').replace('"Allow"', '"Deny"') },
    { name: 'outbound rule', code: rule_('"*"').replace('"Inbound"', '"Outbound"') },
    { name: 'source from a variable without a value', code: rule_('"*"', 'var.source'), files: { 'variables.tf': 'variable "source" {}\n' } },
    { name: 'port from a variable without a value', code: rule_('var.port'), files: { 'variables.tf': 'variable "port" {}\n' } },
  ],
  bad: [
    { name: 'every port from Internet', code: rule_('"*"'), findings: [{ messageId: 'allPorts', severity: 'critical', line: 6, column: 28, endColumn: 38 }] },
    { name: 'full numeric range from 0.0.0.0/0', code: rule_('"0-65535"', '"0.0.0.0/0"', '"Tcp"'), findings: [{ messageId: 'allPorts', line: 6, column: 28, endColumn: 39 }] },
    { name: 'a database port from any address', code: rule_('"5432"', '"*"', '"Tcp"'), findings: [{ messageId: 'openPorts', severity: 'high', line: 6, column: 28, endColumn: 31 }] },
    {
      name: 'UDP range through destination_port_ranges and source_address_prefixes',
      code:
        'resource "azurerm_network_security_rule" "r" {\n  direction               = "Inbound"\n  access                  = "Allow"\n' +
        '  protocol                = "Udp"\n  destination_port_ranges = ["443", "5000-5100"]\n  source_address_prefixes = ["10.0.0.0/8", "0.0.0.0/0"]\n}\n',
      findings: [{ messageId: 'openPorts', line: 6, column: 44, endColumn: 55 }],
    },
    {
      name: 'inline security_rule of a group',
      code:
        'resource "azurerm_network_security_group" "nsg" {\n  name = "nsg"\n\n  security_rule {\n    direction                  = "Inbound"\n' +
        '    access                     = "Allow"\n    protocol                   = "Tcp"\n    destination_port_range     = "*"\n' +
        '    source_address_prefix      = "*"\n    destination_address_prefix = "*"\n  }\n}\n',
      findings: [{ messageId: 'allPorts', line: 9, column: 34, endColumn: 37 }],
    },
    {
      name: 'source from a variable default',
      code: rule_('"*"', 'var.source'),
      files: { 'variables.tf': 'variable "source" {\n  default = "Any"\n}\n' },
      findings: [{ messageId: 'allPorts', line: 6, column: 28, endColumn: 38, related: ['variables.tf:2:13'] }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{"resource": {"azurerm_network_security_rule": {"r": {"direction": "Inbound", "access": "Allow", "protocol": "*", "destination_port_range": "*", "source_address_prefix": "*"}}}}\n',
      findings: [{ messageId: 'allPorts', line: 1, column: 171, endColumn: 174 }],
    },
  ],
});

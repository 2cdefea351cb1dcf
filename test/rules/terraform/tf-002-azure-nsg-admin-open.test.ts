import rule from '../../../rules/terraform/tf-002-azure-nsg-admin-open';
import { ruleTester } from '../../helpers/rule-tester';

interface RuleArgs {
  direction?: string;
  access?: string;
  protocol?: string;
  port?: string;
  source?: string;
}

/** A standalone rule; each argument is written as given (quotes included) or left out when null. */
const standalone = (args: RuleArgs = {}, extra = '') => {
  const a = { direction: '"Inbound"', access: '"Allow"', protocol: '"Tcp"', port: 'destination_port_range      = "22"', source: 'source_address_prefix       = "*"', ...args };
  return (
    'resource "azurerm_network_security_rule" "admin" {\n' +
    '  name                        = "admin"\n' +
    '  priority                    = 100\n' +
    `  direction                   = ${a.direction}\n` +
    `  access                      = ${a.access}\n` +
    `  protocol                    = ${a.protocol}\n` +
    '  source_port_range           = "*"\n' +
    `  ${a.port}\n` +
    `  ${a.source}\n` +
    '  destination_address_prefix  = "VirtualNetwork"\n' +
    '  resource_group_name         = azurerm_resource_group.main.name\n' +
    '  network_security_group_name = azurerm_network_security_group.main.name\n' +
    extra +
    '}\n'
  );
};

const inline = (rules: string) =>
  'resource "azurerm_network_security_group" "vm" {\n  name                = "vm-nsg"\n  location            = "westeurope"\n  resource_group_name = "rg-vm"\n\n' + rules + '}\n';

const securityRule = (port: string, source: string, direction = 'Inbound') =>
  '  security_rule {\n' +
  '    name                       = "mgmt"\n' +
  '    priority                   = 110\n' +
  `    direction                  = "${direction}"\n` +
  '    access                     = "Allow"\n' +
  '    protocol                   = "Tcp"\n' +
  '    source_port_range          = "*"\n' +
  `    ${port}\n` +
  `    ${source}\n` +
  '    destination_address_prefix = "*"\n' +
  '  }\n';

const adminSource = 'variable "admin_source" {\n  type    = string\n  default = "*"\n}\n';
const dynamicRules =
  '  dynamic "security_rule" {\n    for_each = local.admin_rules\n    content {\n      name                       = security_rule.key\n' +
  '      priority                   = 100\n      direction                  = "Inbound"\n      access                     = "Allow"\n' +
  '      protocol                   = "Tcp"\n      source_port_range          = "*"\n      destination_port_range     = security_rule.value.port\n' +
  '      source_address_prefix      = security_rule.value.source\n      destination_address_prefix = "*"\n    }\n  }\n';

ruleTester(rule, {
  good: [
    { name: 'SSH from a trusted range', code: standalone({ source: 'source_address_prefix       = "203.0.113.0/24"' }) },
    { name: 'SSH from the virtual network tag', code: standalone({ source: 'source_address_prefix       = "VirtualNetwork"' }) },
    { name: 'HTTPS from the internet', code: standalone({ port: 'destination_port_range      = "443"', source: 'source_address_prefix       = "Internet"' }) },
    { name: 'deny rule', code: standalone({ access: '"Deny"' }) },
    { name: 'outbound rule', code: standalone({ direction: '"Outbound"' }) },
    { name: 'UDP', code: standalone({ protocol: '"Udp"' }) },
    { name: 'source from a variable', code: standalone({ source: 'source_address_prefix       = var.admin_source' }) },
    { name: 'port from a variable', code: standalone({ port: 'destination_port_range      = var.port' }) },
    { name: 'access from a variable', code: standalone({ access: 'var.access' }) },
    { name: 'range stopping below 22', code: standalone({ port: 'destination_port_range      = "1-21"' }) },
    { name: 'application security group as source', code: standalone({ source: 'source_application_security_group_ids = [azurerm_application_security_group.jump.id]' }) },
    { name: 'count = 0', code: standalone({}, '  count                       = 0\n') },
    {
      name: 'dynamic security_rule has unknown contents',
      code: inline('  dynamic "security_rule" {\n    for_each = var.rules\n    content {\n      name                       = security_rule.key\n      direction                  = "Inbound"\n      access                     = "Allow"\n      protocol                   = "Tcp"\n      source_address_prefix      = "*"\n      destination_port_range     = security_rule.value\n    }\n  }\n'),
    },
    { name: 'inline outbound rule', code: inline(securityRule('destination_port_range     = "*"', 'source_address_prefix      = "*"', 'Outbound')) },
    {
      name: 'JSON syntax, trusted range',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "azurerm_network_security_rule": {\n      "rdp": {\n        "direction": "Inbound",\n        "access": "Allow",\n        "protocol": "Tcp",\n        "destination_port_range": "3389",\n        "source_address_prefix": "10.0.0.0/8"\n      }\n    }\n  }\n}\n',
    },
    {
      name: 'source default overridden with a trusted range in terraform.tfvars',
      code: standalone({ source: 'source_address_prefix       = var.admin_source' }),
      files: { 'variables.tf': adminSource, 'terraform.tfvars': 'admin_source = "203.0.113.0/24"\n' },
    },
    {
      name: 'dynamic security_rule from a local list of trusted sources',
      code: inline(dynamicRules),
      files: { 'locals.tf': 'locals {\n  admin_rules = { ssh = { port = "22", source = "10.0.0.0/8" } }\n}\n' },
    },
  ],
  bad: [
    {
      name: 'SSH from *',
      code: standalone(),
      findings: [{ messageId: 'worldOpen', line: 9, column: 33, endLine: 9, endColumn: 36, suggestions: [] }],
    },
    {
      name: 'RDP from Internet, lower-case values',
      code: standalone({ direction: '"inbound"', access: '"allow"', protocol: '"tcp"', port: 'destination_port_range      = "3389"', source: 'source_address_prefix       = "Internet"' }),
      findings: [{ messageId: 'worldOpen', line: 9, column: 33, endColumn: 43 }],
    },
    {
      name: 'all ports and all protocols from 0.0.0.0/0',
      code: standalone({ protocol: '"*"', port: 'destination_port_range      = "*"', source: 'source_address_prefix       = "0.0.0.0/0"' }),
      findings: [{ messageId: 'worldOpen', line: 9, column: 33, endColumn: 44 }],
    },
    {
      name: 'a port range covering 22',
      code: standalone({ port: 'destination_port_range      = "20-30"', source: 'source_address_prefix       = "Any"' }),
      findings: [{ messageId: 'worldOpen', line: 9, column: 33, endColumn: 38 }],
    },
    {
      name: 'port list and prefix list',
      code: standalone({ port: 'destination_port_ranges     = ["443", var.extra_port, "3389"]', source: 'source_address_prefixes     = ["10.0.0.0/8", "::/0"]' }),
      findings: [{ messageId: 'worldOpen', line: 9, column: 48, endColumn: 54 }],
    },
    {
      name: 'inline security_rule blocks',
      code: inline(securityRule('destination_port_range     = "22"', 'source_address_prefix      = "10.0.0.0/8"') + securityRule('destination_port_range     = "3389"', 'source_address_prefix      = "*"')),
      findings: [{ messageId: 'worldOpen', line: 25, column: 34, endColumn: 37 }],
    },
    {
      name: 'inline rules written as a list of objects',
      code: inline('  security_rule = [{\n    name                   = "ssh"\n    direction              = "Inbound"\n    access                 = "Allow"\n    protocol               = "Tcp"\n    destination_port_range = "22"\n    source_address_prefix  = "Internet"\n  }]\n'),
      findings: [{ messageId: 'worldOpen', line: 12, column: 30, endColumn: 40 }],
    },
    {
      name: 'JSON syntax',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "azurerm_network_security_rule": {\n      "rdp": {\n        "direction": "Inbound",\n        "access": "Allow",\n        "protocol": "Tcp",\n        "destination_port_range": "3389",\n        "source_address_prefix": "*"\n      }\n    }\n  }\n}\n',
      findings: [{ messageId: 'worldOpen', line: 9, column: 34, endColumn: 37 }],
    },
      {
      name: 'source from a variable default in variables.tf',
      code: standalone({ source: 'source_address_prefix       = var.admin_source' }),
      files: { 'variables.tf': adminSource },
      findings: [{ messageId: 'worldOpen', line: 9, column: 33, endColumn: 49, related: ['variables.tf:3:13'] }],
    },
    {
      name: 'dynamic security_rule from a local map: reported inside content',
      code: inline(dynamicRules),
      files: { 'locals.tf': 'locals {\n  admin_rules = { ssh = { port = "22", source = "10.0.0.0/8" }, rdp = { port = "3389", source = "Internet" } }\n}\n' },
      findings: [{ messageId: 'worldOpen', line: 16, column: 36, endColumn: 62, related: ['locals.tf:2:97'] }],
    },
    {
      name: 'for_each over a known map: the open element',
      code: standalone({ source: 'source_address_prefix       = each.value' }, '  for_each                    = { office = "203.0.113.0/24", any = "*" }\n'),
      findings: [{ messageId: 'worldOpen', line: 9, column: 33, endColumn: 43, related: [':13:68'] }],
    },
  ],
});

import { asString, defineRule } from '../api';
import { destinationRanges, securityRules, worldSources } from '../shared/azure-nsg';
import { moduleFor, type Located } from '../shared/terraform-evaluated';
import { exposedServices } from '../shared/terraform-values';

const equalsIgnoreCase = (value: Located | undefined, ...expected: string[]) => {
  const text = asString(value?.value)?.trim().toLowerCase();
  return text !== undefined && expected.includes(text);
};

export default defineRule({
  id: 'TF-002',
  title: 'Do not allow SSH or RDP from the internet in Azure network security groups',
  target: 'terraform',
  severity: 'critical',
  preset: 'recommended',
  requirements: ['2.3'],
  frameworks: {
    iso27001: ['A.8.20'],
    nist80053: ['AC-17', 'AC-17(3)'],
    cis: ['CIS Microsoft Azure Foundations Benchmark v5.0.0 7.1', 'CIS Microsoft Azure Foundations Benchmark v5.0.0 7.2'],
  },
  docs: {
    rationale:
      'An inbound Allow rule from *, Internet or 0.0.0.0/0 to port 22 or 3389 puts SSH or RDP of every VM behind the ' +
      'network security group in reach of the whole internet, a constant target of password spraying and exploits.',
    remediation:
      'Restrict the source to trusted address ranges or application security groups, or remove the rule and connect ' +
      'through Azure Bastion or just-in-time VM access.',
    links: [
      {
        title: 'azurerm_network_security_rule',
        url: 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_security_rule',
      },
      { title: 'Azure Bastion', url: 'https://learn.microsoft.com/azure/bastion/bastion-overview' },
    ],
  },
  messages: {
    worldOpen: 'Inbound traffic from "{{source}}" is allowed to {{services}}: remote administration is open to the internet.',
  },
  examples: {
    bad:
      'resource "azurerm_network_security_rule" "ssh" {\n  name                        = "ssh"\n  priority                    = 100\n' +
      '  direction                   = "Inbound"\n  access                      = "Allow"\n  protocol                    = "Tcp"\n' +
      '  source_port_range           = "*"\n  destination_port_range      = "22"\n  source_address_prefix       = "*"\n' +
      '  destination_address_prefix  = "*"\n  resource_group_name         = "rg"\n  network_security_group_name = "nsg"\n}\n',
    good:
      'resource "azurerm_network_security_rule" "ssh" {\n  name                        = "ssh"\n  priority                    = 100\n' +
      '  direction                   = "Inbound"\n  access                      = "Allow"\n  protocol                    = "Tcp"\n' +
      '  source_port_range           = "*"\n  destination_port_range      = "22"\n  source_address_prefix       = "10.10.0.0/24"\n' +
      '  destination_address_prefix  = "*"\n  resource_group_name         = "rg"\n  network_security_group_name = "nsg"\n}\n',
  },
  check({ file, module, report }) {
    // No edit is offered: the trusted range or the Bastion subnet that should replace the source
    // is a decision the configuration cannot tell us.
    for (const rule of securityRules(moduleFor(file, module), file)) {
      if (!equalsIgnoreCase(rule.get('direction'), 'inbound') || !equalsIgnoreCase(rule.get('access'), 'allow')) continue;
      if (!equalsIgnoreCase(rule.get('protocol'), 'tcp', '*')) continue;
      const services = exposedServices(destinationRanges(rule));
      if (!services.length) continue;
      for (const { source, prefix } of worldSources(rule)) {
        report({ at: source.at, messageId: 'worldOpen', data: { source: prefix, services: services.join(' and ') }, value: source.value });
      }
    }
  },
});

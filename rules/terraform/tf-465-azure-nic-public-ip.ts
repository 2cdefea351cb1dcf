import { defineRule } from '../api';
import { publicExposure } from '../shared/azure-transport';
import { azurermDoc } from '../shared/azure-hardening';
import { namesSomething } from '../shared/aws-logging';
import { attributeOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';

export default defineRule({
  id: 'TF-465',
  title: 'Do not attach public IP addresses to Azure VM network interfaces',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['2.1'],
  frameworks: publicExposure(),
  docs: {
    rationale:
      'An ip_configuration with public_ip_address_id gives the virtual machine behind the network interface its own ' +
      'address on the internet: every port a network security group rule opens, now or later, is reachable from ' +
      'anywhere. Without it the VM has only private addresses, reaches the internet through a NAT gateway or load ' +
      'balancer, and is administered through Azure Bastion.',
    remediation: 'Remove public_ip_address_id; publish services through a load balancer or Application Gateway and reach the VM through Azure Bastion.',
    links: [
      azurermDoc('network_interface', 'public_ip_address_id'),
      { title: 'Public IP addresses in Azure', url: 'https://learn.microsoft.com/azure/virtual-network/ip-services/public-ip-addresses' },
    ],
  },
  messages: {
    publicIp: 'This network interface has a public IP address: its VM is reachable from the internet.',
  },
  examples: {
    bad:
      'resource "azurerm_network_interface" "vm" {\n  name = "nic-vm"\n\n  ip_configuration {\n    name                          = "internal"\n' +
      '    subnet_id                     = azurerm_subnet.vms.id\n    private_ip_address_allocation = "Dynamic"\n' +
      '    public_ip_address_id          = azurerm_public_ip.vm.id\n  }\n}\n',
    good:
      'resource "azurerm_network_interface" "vm" {\n  name = "nic-vm"\n\n  ip_configuration {\n    name                          = "internal"\n' +
      '    subnet_id                     = azurerm_subnet.vms.id\n    private_ip_address_allocation = "Dynamic"\n  }\n}\n',
  },
  check({ file, module, report }) {
    const project = moduleFor(file, module);
    for (const nic of resourceInstances(project, file, 'azurerm_network_interface')) {
      for (const configuration of nic.blocks('ip_configuration')) {
        const id = attributeOf(configuration, 'public_ip_address_id');
        if (!id) continue;
        // A public IP created in the configuration is not known before apply but is one; a variable without a value may be null.
        const written = configuration.attribute('public_ip_address_id')?.value;
        const toPublicIp = (reference: string | undefined) => /^(data\.)?azurerm_public_ip\./.test(reference ?? '');
        const isPublic =
          id.value.kind === 'unknown'
            ? toPublicIp(id.value.reference) ||
              // In JSON syntax an expression carries its text but no references.
              (written?.kind === 'expression' && (written.references.some(toPublicIp) || /^\$\{\s*(data\.)?azurerm_public_ip\./.test(written.text)))
            : namesSomething(id.value) === true;
        // No edit: clients and administrators that use the address need another way in first.
        if (isPublic) report({ at: id.at, messageId: 'publicIp', value: id.value });
      }
    }
  },
});

import { asString, defineRule } from '../api';
import { azurermDoc, cisAzure, trafficRestriction } from '../shared/azure-hardening';
import { destinationRanges, securityRules, worldSources } from '../shared/azure-nsg';
import { moduleFor, type Located } from '../shared/terraform-evaluated';

/** Ports other rules decide on: SSH and RDP (TF-002), and the web ports a public entry point serves. */
const coveredPorts = [22, 80, 443, 3389];

const lower = (value: Located | undefined) => asString(value?.value)?.trim().toLowerCase();

/** Whether a range holds a port that is neither an administration port nor a web port. */
const hasOtherPorts = ({ from, to }: { from: number; to: number }) => to - from + 1 > coveredPorts.filter((port) => from <= port && port <= to).length;

export default defineRule({
  id: 'TF-174',
  title: 'Do not allow inbound traffic from the internet to any port in Azure network security groups',
  target: 'terraform',
  severity: 'high',
  preset: 'recommended',
  requirements: ['2.2'],
  frameworks: trafficRestriction(cisAzure('7.3')),
  docs: {
    rationale:
      'An inbound Allow rule from *, Internet, Any or a /0 range to every port (destination_port_range = "*") takes the ' +
      'network security group out of the path: every service on the VMs and load balancers behind it, including ' +
      'databases and management agents, answers the whole internet. Rules to other ports than web (80, 443) and ' +
      'remote administration (22, 3389, see TF-002) expose services that are rarely meant to be public. Rules for ' +
      'ICMP are not reported.',
    remediation:
      'Allow only the ports the service publishes, from the address ranges or service tags that need them; put public ' +
      'HTTP(S) behind an Application Gateway or Front Door.',
    links: [
      azurermDoc('network_security_rule'),
      { title: 'Network security groups', url: 'https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview' },
    ],
  },
  messages: {
    allPorts: 'Inbound traffic from "{{source}}" is allowed to every port: the network security group does not filter the internet.',
    openPorts: 'Inbound traffic from "{{source}}" is allowed to port {{ports}}: the service is open to the internet.',
  },
  examples: {
    bad:
      'resource "azurerm_network_security_rule" "any" {\n  name                       = "any"\n  priority                   = 100\n' +
      '  direction                  = "Inbound"\n  access                     = "Allow"\n  protocol                   = "*"\n' +
      '  source_port_range          = "*"\n  destination_port_range     = "*"\n  source_address_prefix      = "Internet"\n' +
      '  destination_address_prefix = "*"\n}\n',
    good:
      'resource "azurerm_network_security_rule" "https" {\n  name                       = "https"\n  priority                   = 100\n' +
      '  direction                  = "Inbound"\n  access                     = "Allow"\n  protocol                   = "Tcp"\n' +
      '  source_port_range          = "*"\n  destination_port_range     = "443"\n  source_address_prefix      = "Internet"\n' +
      '  destination_address_prefix = "*"\n}\n',
  },
  check({ file, module, report }) {
    // No edit: the ranges and ports that should stay open are for the author to say.
    for (const rule of securityRules(moduleFor(file, module), file)) {
      if (lower(rule.get('direction')) !== 'inbound' || lower(rule.get('access')) !== 'allow') continue;
      const protocol = lower(rule.get('protocol'));
      if (protocol === undefined || protocol === 'icmp') continue;
      const ports = destinationRanges(rule);
      const all = ports.some(({ from, to }) => from === 0 && to === 65535);
      const others = ports.filter(hasOtherPorts).map(({ text }) => text);
      if (!all && others.length === 0) continue;
      for (const { source, prefix } of worldSources(rule)) {
        report(
          all
            ? { at: source.at, messageId: 'allPorts', severity: 'critical', data: { source: prefix }, value: source.value }
            : { at: source.at, messageId: 'openPorts', data: { source: prefix, ports: others.join(', ') }, value: source.value },
        );
      }
    }
  },
});

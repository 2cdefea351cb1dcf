import { asBool, asNumber, asString, defineRule } from '../api';
import { awsDoc, cisAws, managementAccess, worldCidrs } from '../shared/aws-network';
import { moduleFor, resourceInstances, viewFields, type Fields } from '../shared/terraform-evaluated';
import { exposedServices } from '../shared/terraform-values';

/** The ports a NACL entry admits: every port for `-1`/`all`, else TCP (6) ranges; undefined otherwise. */
function entryPorts(entry: Fields): { from: number; to: number } | undefined {
  const protocol = asString(entry.get('protocol')?.value)?.trim().toLowerCase();
  if (protocol === '-1' || protocol === 'all') return { from: 0, to: 65535 };
  if (protocol !== 'tcp' && protocol !== '6') return undefined;
  const from = asNumber(entry.get('from_port')?.value);
  const to = asNumber(entry.get('to_port')?.value);
  return from === undefined || to === undefined || from > to ? undefined : { from, to };
}

const nacl = { lists: [], singles: ['cidr_block', 'ipv6_cidr_block'] };

export default defineRule({
  id: 'TF-322',
  title: 'Do not allow SSH or RDP from the internet in network ACLs',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['2.3', '2.2'],
  frameworks: managementAccess(cisAws('5.1')),
  docs: {
    rationale:
      'A network ACL entry that allows 0.0.0.0/0 or ::/0 in on a range covering port 22 or 3389 (or on every protocol) lets ' +
      'SSH and RDP from the whole internet reach the subnet: only the security groups are left to stop them. CIS asks ' +
      'that no NACL admit the remote administration ports from everywhere. Inline ingress entries of aws_network_acl and ' +
      'aws_default_network_acl and ingress aws_network_acl_rule resources (egress = false, the default) are read. A TCP ' +
      'range from 1024 or above up to 65535 is the return-traffic entry a stateless NACL needs and is not reported.',
    remediation:
      'Allow SSH and RDP in the NACL only from the bastion or VPN ranges (or add a lower-numbered deny entry for them), ' +
      'and reach instances with SSM Session Manager.',
    links: [
      awsDoc('aws_network_acl_rule'),
      awsDoc('aws_network_acl', 'ingress'),
      { title: 'Control subnet traffic with network access control lists', url: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html' },
    ],
  },
  messages: {
    worldOpen: 'This NACL entry allows {{services}} from {{cidr}}, the whole internet.',
  },
  examples: {
    bad:
      'resource "aws_network_acl_rule" "in" {\n  network_acl_id = aws_network_acl.public.id\n  rule_number    = 100\n  protocol       = "-1"\n' +
      '  rule_action    = "allow"\n  cidr_block     = "0.0.0.0/0"\n}\n',
    good:
      'resource "aws_network_acl_rule" "in" {\n  network_acl_id = aws_network_acl.public.id\n  rule_number    = 100\n  protocol       = "tcp"\n' +
      '  from_port      = 443\n  to_port        = 443\n  rule_action    = "allow"\n  cidr_block     = "0.0.0.0/0"\n}\n',
  },
  check({ file, module, report }) {
    const inspect = (entry: Fields, actionName: string) => {
      if (asString(entry.get(actionName)?.value)?.trim().toLowerCase() !== 'allow') return;
      const ports = entryPorts(entry);
      // NACLs are stateless: an upper range such as 1024-65535 carries the replies to outbound
      // connections, and covers 3389 only by accident.
      if (ports && ports.from >= 1024 && ports.to === 65535) return;
      const services = ports && exposedServices([ports]);
      if (!services?.length) return;
      for (const { cidr, at } of worldCidrs({ fields: entry, ...nacl })) {
        report({ at: at.at, messageId: 'worldOpen', data: { cidr, services: services.join(' and ') }, value: at.value });
      }
    };
    const project = moduleFor(file, module);
    for (const type of ['aws_network_acl', 'aws_default_network_acl']) {
      for (const acl of resourceInstances(project, file, type)) for (const entry of acl.blocks('ingress')) inspect(viewFields(entry), 'action');
    }
    for (const rule of resourceInstances(project, file, 'aws_network_acl_rule')) {
      const egress = rule.value('egress');
      if (egress !== undefined && egress.kind !== 'null' && asBool(egress) !== false) continue;
      inspect(viewFields(rule), 'rule_action');
    }
  },
});

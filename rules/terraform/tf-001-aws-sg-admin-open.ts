import { defineRule } from '../../server/src/engine/rule';
import type { Fix } from '../../server/src/engine/types';
import type { TerraformFile, TfBlock, TfValue } from '../../server/src/parsers/terraform/model';
import { removeListItem } from '../shared/terraform-edits';
import {
  blockFields,
  createsNothing,
  exposedServices,
  isWorldCidr,
  listItems,
  literalNumber,
  literalString,
  literalText,
  objectFields,
  type TfFields,
} from '../shared/terraform-values';

/** Ingress rules written inline, as blocks or (native syntax only) as a list of objects. */
function inlineIngress(file: TerraformFile, group: TfBlock): TfFields[] {
  const rules = group.blocksOf('ingress').map(blockFields);
  // In JSON every object member is read both as a block and as an attribute: the blocks suffice.
  const listed = file.json ? undefined : listItems(group.attribute('ingress')?.value);
  for (const item of listed ?? []) if (item.kind === 'object') rules.push(objectFields(item));
  return rules;
}

/** Ports an ingress rule opens, or undefined when protocol or ports are unknown or not TCP. */
function portRanges(rule: TfFields, protocolName: string): { from: number; to: number }[] | undefined {
  const protocol = literalText(rule.get(protocolName))?.trim().toLowerCase();
  // `-1` (also written `all`) is every protocol and every port; the port arguments are then ignored.
  if (protocol === '-1' || protocol === 'all') return [{ from: 0, to: 65535 }];
  if (protocol !== 'tcp' && protocol !== '6') return undefined;
  const from = literalNumber(rule.get('from_port'));
  const to = literalNumber(rule.get('to_port'));
  return from === undefined || to === undefined || from > to ? undefined : [{ from, to }];
}

export default defineRule({
  id: 'TF-001',
  title: 'Do not allow SSH or RDP from the internet in AWS security groups',
  target: 'terraform',
  severity: 'critical',
  requirements: ['2.3'],
  frameworks: {
    iso27001: ['A.8.20'],
    nist80053: ['AC-17', 'AC-17(3)'],
    cis: ['CIS Amazon Web Services Foundations Benchmark v3.0.0 5.2', 'CIS Amazon Web Services Foundations Benchmark v3.0.0 5.3'],
  },
  docs: {
    rationale:
      'A security group rule that admits 0.0.0.0/0 or ::/0 on port 22 or 3389 exposes SSH or RDP to every host on the internet, ' +
      'where credential stuffing and exploits of the remote-access service start within minutes.',
    remediation:
      'Remove the world-open source: reach instances through SSM Session Manager or a bastion, or allow only trusted ' +
      'CIDRs, a prefix list or a security group reference.',
    links: [
      { title: 'aws_security_group', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group' },
      {
        title: 'aws_vpc_security_group_ingress_rule',
        url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/vpc_security_group_ingress_rule',
      },
      { title: 'AWS Systems Manager Session Manager', url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager.html' },
    ],
  },
  messages: {
    worldOpen: 'Ingress from {{cidr}} opens {{services}} to the whole internet.',
  },
  examples: {
    bad:
      'resource "aws_security_group" "bastion" {\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n' +
      '    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n',
    good:
      'resource "aws_security_group" "bastion" {\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n' +
      '    cidr_blocks = ["10.20.0.0/16"]\n  }\n}\n',
  },
  check({ file, report }) {
    const inspect = (rule: TfFields, protocolName: string, lists: string[], singles: string[]) => {
      const ranges = portRanges(rule, protocolName);
      const services = ranges && exposedServices(ranges);
      if (!services?.length) return;
      const data = (cidr: string) => ({ cidr, services: services.join(' and ') });
      for (const name of lists) {
        const list = rule.get(name);
        if (list?.kind !== 'tuple') continue;
        list.items.forEach((item, index) => {
          const cidr = literalString(item);
          if (cidr === undefined || !isWorldCidr(cidr)) return;
          // Dropping the world-open entry is honest only when the author listed other sources
          // in the same list: they stay. A lone entry has no replacement we could know.
          const others = list.items.filter((other: TfValue) => {
            const text = literalString(other);
            return text === undefined || !isWorldCidr(text);
          });
          const suggest: Fix[] = others.length ? [removeListItem(list, index, `Remove ${cidr} from ${name}`)] : [];
          report({ at: item.range, messageId: 'worldOpen', data: data(cidr), suggest });
        });
      }
      for (const name of singles) {
        const value = rule.get(name);
        const cidr = literalString(value);
        // The rule resource has exactly one source: removing it leaves no rule, so no edit.
        if (value && cidr !== undefined && isWorldCidr(cidr)) report({ at: value.range, messageId: 'worldOpen', data: data(cidr) });
      }
    };

    for (const type of ['aws_security_group', 'aws_default_security_group']) {
      for (const group of file.resources(type)) {
        if (createsNothing(group)) continue;
        for (const rule of inlineIngress(file, group)) inspect(rule, 'protocol', ['cidr_blocks', 'ipv6_cidr_blocks'], []);
      }
    }
    for (const resource of file.resources('aws_security_group_rule')) {
      if (createsNothing(resource) || literalString(resource.attribute('type')?.value)?.toLowerCase() !== 'ingress') continue;
      inspect(blockFields(resource), 'protocol', ['cidr_blocks', 'ipv6_cidr_blocks'], []);
    }
    for (const resource of file.resources('aws_vpc_security_group_ingress_rule')) {
      if (createsNothing(resource)) continue;
      inspect(blockFields(resource), 'ip_protocol', [], ['cidr_ipv4', 'cidr_ipv6']);
    }
  },
});

import { defineRule, type BlockView, type Fix } from '../api';
import { removeListItem } from '../shared/terraform-edits';
import {
  asNumber,
  asString,
  itemsOf,
  moduleFor,
  objectFields,
  resourceInstances,
  viewFields,
  type Fields,
} from '../shared/terraform-evaluated';
import { exposedServices, isWorldCidr } from '../shared/terraform-values';

/** Ingress rules written inline: blocks (`dynamic` ones included) or, in native syntax, a list of objects. */
function inlineIngress(view: BlockView): Fields[] {
  const rules = view.blocks('ingress').map(viewFields);
  // In JSON every object member is read both as a block and as an attribute: the blocks suffice.
  if (view.file.json) return rules;
  for (const item of itemsOf(viewFields(view).get('ingress')) ?? []) if (item.value.kind === 'object') rules.push(objectFields(item));
  return rules;
}

/** Ports an ingress rule opens, or undefined when protocol or ports are unknown or not TCP. */
function portRanges(rule: Fields, protocolName: string): { from: number; to: number }[] | undefined {
  const protocol = asString(rule.get(protocolName)?.value)?.trim().toLowerCase();
  // `-1` (also written `all`) is every protocol and every port; the port arguments are then ignored.
  if (protocol === '-1' || protocol === 'all') return [{ from: 0, to: 65535 }];
  if (protocol !== 'tcp' && protocol !== '6') return undefined;
  const from = asNumber(rule.get('from_port')?.value);
  const to = asNumber(rule.get('to_port')?.value);
  return from === undefined || to === undefined || from > to ? undefined : [{ from, to }];
}

export default defineRule({
  id: 'TF-001',
  title: 'Do not allow SSH or RDP from the internet in AWS security groups',
  target: 'terraform',
  severity: 'critical',
  preset: 'recommended',
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
  check({ file, module, report }) {
    const inspect = (rule: Fields, protocolName: string, lists: string[], singles: string[]) => {
      const ranges = portRanges(rule, protocolName);
      const services = ranges && exposedServices(ranges);
      if (!services?.length) return;
      const data = (cidr: string) => ({ cidr, services: services.join(' and ') });
      for (const name of lists) {
        const list = rule.get(name);
        const items = itemsOf(list);
        if (!list || !items) continue;
        items.forEach((item, index) => {
          const cidr = item.value.kind === 'string' ? item.value.value : undefined;
          if (cidr === undefined || !isWorldCidr(cidr)) return;
          // Dropping the world-open entry is honest only when it is written here as a literal and
          // the author listed other sources in the same list: they stay. A lone entry has no
          // replacement we could know; a value from a variable may serve other resources.
          const others = items.filter((other) => other.value.kind !== 'string' || !isWorldCidr(other.value.value));
          const written = list.syntax;
          const editable = 'kind' in written && written.kind === 'tuple' && item.literal === written.items[index];
          const suggest: Fix[] =
            editable && others.length && written.kind === 'tuple' ? [removeListItem(written, index, `Remove ${cidr} from ${name}`)] : [];
          report({ at: item.at, messageId: 'worldOpen', data: data(cidr), suggest, value: item.value });
        });
      }
      for (const name of singles) {
        const value = rule.get(name);
        const cidr = value?.value.kind === 'string' ? value.value.value : undefined;
        // The rule resource has exactly one source: removing it leaves no rule, so no edit.
        if (value && cidr !== undefined && isWorldCidr(cidr)) report({ at: value.at, messageId: 'worldOpen', data: data(cidr), value: value.value });
      }
    };

    const project = moduleFor(file, module);
    for (const type of ['aws_security_group', 'aws_default_security_group']) {
      for (const group of resourceInstances(project, file, type)) {
        for (const rule of inlineIngress(group)) inspect(rule, 'protocol', ['cidr_blocks', 'ipv6_cidr_blocks'], []);
      }
    }
    // Rule resources are checked in the file that declares them, whichever file holds their group.
    for (const resource of resourceInstances(project, file, 'aws_security_group_rule')) {
      if (asString(resource.value('type'))?.toLowerCase() !== 'ingress') continue;
      inspect(viewFields(resource), 'protocol', ['cidr_blocks', 'ipv6_cidr_blocks'], []);
    }
    for (const resource of resourceInstances(project, file, 'aws_vpc_security_group_ingress_rule')) {
      inspect(viewFields(resource), 'ip_protocol', [], ['cidr_ipv4', 'cidr_ipv6']);
    }
  },
});

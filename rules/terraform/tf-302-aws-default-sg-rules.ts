import { defineRule } from '../api';
import { awsDoc, cisAws, trafficRule } from '../shared/aws-network';
import { mentions, relatedBlock } from '../shared/aws-logging';
import { moduleFor, resourceInstances } from '../shared/terraform-evaluated';

const ruleResources = ['aws_security_group_rule', 'aws_vpc_security_group_ingress_rule', 'aws_vpc_security_group_egress_rule'];

export default defineRule({
  id: 'TF-302',
  title: 'Keep the default security group of a VPC free of rules',
  ...trafficRule({ cis: [cisAws('5.4')] }),
  docs: {
    rationale:
      'Every resource launched without a security group lands in the default one, so rules on it apply to workloads nobody ' +
      'chose them for. aws_default_security_group adopts the default group and removes every rule it does not list: ' +
      'written without ingress and egress, it leaves the group closed, which is what CIS 5.4 asks. Rule resources attached ' +
      'to it are reported too.',
    remediation:
      'Remove the ingress and egress rules from aws_default_security_group (and the rule resources that name it), and give ' +
      'workloads their own security groups.',
    links: [
      awsDoc('aws_default_security_group'),
      { title: 'Default security groups for your VPCs', url: 'https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html' },
    ],
  },
  messages: {
    inlineRule: 'The default security group has an {{direction}} rule: it applies to every resource launched without a security group.',
    ruleResource: 'This rule adds traffic to the default security group, which applies to every resource launched without a security group.',
  },
  examples: {
    bad:
      'resource "aws_default_security_group" "default" {\n  vpc_id = aws_vpc.main.id\n\n  ingress {\n    protocol  = "-1"\n' +
      '    self      = true\n    from_port = 0\n    to_port   = 0\n  }\n}\n',
    good: 'resource "aws_default_security_group" "default" {\n  vpc_id = aws_vpc.main.id\n}\n',
  },
  check({ file, module, report }) {
    const project = moduleFor(file, module);
    for (const group of resourceInstances(project, file, 'aws_default_security_group')) {
      for (const direction of ['ingress', 'egress']) {
        for (const block of group.block.blocks) {
          if (block.type === direction) report({ at: block.typeRange, messageId: 'inlineRule', data: { direction } });
          if (block.type !== 'dynamic' || block.labels[0]?.value !== direction) continue;
          // Only a collection known to hold something generates a rule.
          const forEach = block.attribute('for_each');
          const collection = forEach && project.evaluate(forEach.value, file, group.scope.bindings);
          const size = collection?.kind === 'list' ? collection.items.length : collection?.kind === 'object' ? collection.entries.size : undefined;
          if (size) report({ at: block.typeRange, messageId: 'inlineRule', data: { direction } });
        }
        // Rules as a list of objects; an empty list removes every rule.
        const list = file.json ? undefined : group.attribute(direction);
        const value = list && group.value(direction);
        if (list && value?.kind === 'list' && value.items.length > 0) report({ at: list.value.range, messageId: 'inlineRule', data: { direction } });
      }
    }
    const defaults = project.resources('aws_default_security_group');
    if (defaults.length === 0) return;
    for (const type of ruleResources) {
      for (const resource of resourceInstances(project, file, type)) {
        const target = resource.attribute('security_group_id')?.value;
        const group = defaults.find((block) => mentions(target, `aws_default_security_group.${block.labels[1]?.value}`));
        if (!group) continue;
        report({
          at: resource.attribute('security_group_id')!.value.range,
          messageId: 'ruleResource',
          related: relatedBlock(project, file, group, 'The default security group.'),
        });
      }
    }
  },
});

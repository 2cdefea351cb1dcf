import { defineRule } from '../api';
import { awsDoc, rulePorts, securityGroupRules, trafficRule, worldCidrs } from '../shared/aws-network';
import { moduleFor } from '../shared/terraform-evaluated';

export default defineRule({
  id: 'TF-301',
  title: 'Restrict egress from AWS security groups',
  ...trafficRule({ severity: 'low', preset: 'strict' }),
  docs: {
    rationale:
      'An egress rule for every protocol (or every port) to 0.0.0.0/0 or ::/0 lets a compromised workload reach any host on ' +
      'the internet: command-and-control servers, data exfiltration, crypto-mining pools. Terraform removes the allow-all ' +
      'egress rule AWS adds to a new group, so a group without egress rules sends nothing; this rule reports only an ' +
      'allow-all rule written in the configuration. Many modules keep it for simplicity, so the rule is strict.',
    remediation:
      'Allow only the destinations and ports the workload needs (VPC endpoints, a proxy or NAT with egress filtering, ' +
      'prefix lists for AWS services).',
    links: [awsDoc('aws_security_group', 'egress'), awsDoc('aws_vpc_security_group_egress_rule'), awsDoc('aws_security_group_rule')],
  },
  messages: {
    allEgress: 'Egress to {{cidr}} allows every destination on the internet on {{ports}}.',
  },
  examples: {
    bad: 'resource "aws_security_group" "app" {\n  egress {\n    from_port   = 0\n    to_port     = 0\n    protocol    = "-1"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n',
    good: 'resource "aws_security_group" "app" {\n  egress {\n    from_port   = 443\n    to_port     = 443\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n',
  },
  check({ file, module, report }) {
    for (const rule of securityGroupRules(moduleFor(file, module), file, 'egress')) {
      const range = rulePorts(rule.fields, rule.protocolName);
      if (!range?.all) continue;
      const ports = range.protocol === 'all' ? 'every protocol and port' : `every ${range.protocol.toUpperCase()} port`;
      for (const { cidr, at } of worldCidrs(rule)) report({ at: at.at, messageId: 'allEgress', data: { cidr, ports }, value: at.value });
    }
  },
});

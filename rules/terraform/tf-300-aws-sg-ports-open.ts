import { defineRule } from '../api';
import { awsDoc, cisAws, describePorts, rulePorts, securityGroupRules, trafficRule, wellKnownPorts, worldCidrs, type PortRange } from '../shared/aws-network';
import { moduleFor } from '../shared/terraform-evaluated';
import { adminPorts } from '../shared/terraform-values';

/** Ports a public web entry point serves; SSH and RDP are TF-001's. */
const expected = new Set<number>([80, 443, ...adminPorts.map((p) => p.port)]);

/** Whether a range admits a port that is neither web nor SSH/RDP. */
const opensOther = (range: PortRange) => range.all || range.to - range.from + 1 > [...expected].filter((p) => range.from <= p && p <= range.to).length;

export default defineRule({
  id: 'TF-300',
  title: 'Do not open non-web ports to the internet in AWS security groups',
  ...trafficRule({ severity: 'high', cis: [cisAws('5.2'), cisAws('5.3')] }),
  docs: {
    rationale:
      'An ingress rule from 0.0.0.0/0 or ::/0 on a port other than HTTP (80) and HTTPS (443) exposes the service behind it ' +
      '(a database, cache, search cluster, message broker, an admin console) to every host on the internet, where scanners ' +
      'find it within minutes. A rule for every protocol (-1) or every port exposes all of them at once. TCP and UDP rules ' +
      `are read in the three security group forms; SSH and RDP alone are TF-001's. Ports named in messages: ${wellKnownPorts
        .map((p) => `${p.port} (${p.service})`)
        .join(', ')}.`,
    remediation:
      'Allow the port only from the CIDRs, prefix lists or security groups that need it, and put public services behind a ' +
      'load balancer that listens on 80/443.',
    links: [
      awsDoc('aws_security_group'),
      awsDoc('aws_vpc_security_group_ingress_rule'),
      awsDoc('aws_security_group_rule'),
      { title: 'Security group rules', url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html' },
    ],
  },
  messages: {
    allTraffic: 'Ingress from {{cidr}} admits {{ports}} from the whole internet.',
    portOpen: 'Ingress from {{cidr}} opens {{ports}} to the whole internet.',
  },
  examples: {
    bad:
      'resource "aws_security_group" "db" {\n  ingress {\n    from_port   = 5432\n    to_port     = 5432\n    protocol    = "tcp"\n' +
      '    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n',
    good:
      'resource "aws_security_group" "db" {\n  ingress {\n    from_port   = 5432\n    to_port     = 5432\n    protocol    = "tcp"\n' +
      '    cidr_blocks = ["10.0.0.0/16"]\n  }\n}\n',
  },
  check({ file, module, report }) {
    // No edit: which sources should reach the service is not in the configuration.
    for (const rule of securityGroupRules(moduleFor(file, module), file, 'ingress')) {
      const range = rulePorts(rule.fields, rule.protocolName);
      if (!range || !opensOther(range)) continue;
      for (const { cidr, at } of worldCidrs(rule)) {
        report({
          at: at.at,
          messageId: range.all ? 'allTraffic' : 'portOpen',
          data: { cidr, ports: describePorts(range) },
          value: at.value,
          ...(range.all ? { severity: 'critical' as const } : {}),
        });
      }
    }
  },
});

import {
  policyOfAttribute,
  policyOfDataSource,
  type BlockView,
  type FrameworkRefs,
  type Preset,
  type PolicyDocument,
  type PolicyStatement,
  type RelatedLocation,
  type RuleContext,
  type Severity,
  type TerraformFile,
  type TerraformModule,
} from '../api';
import type { RequirementId } from '../requirements';
import { cisAws, relatedBlock } from './aws-logging';
import { asNumber, asString, itemsOf, moduleFor, objectFields, resourceInstances, viewFields, type Fields, type Located } from './terraform-evaluated';
import { isWorldCidr } from './terraform-values';

export { cisAws };

type PolicyValue = NonNullable<PolicyStatement['effect']>;
import { mustNotBeTrue, publicExposure } from './azure-transport';
import { attributeCheck } from './terraform-attribute-check';

export { allOf, mustNotBeTrue, publicExposure } from './azure-transport';

/** The controls of a check on what a security group, NACL or firewall admits (2.2). */
export function trafficRestriction(...cis: string[]): FrameworkRefs {
  return { iso27001: ['A.8.20', 'A.8.21', 'A.8.22'], nist80053: ['SC-7', 'SC-7(5)', 'SC-7(11)', 'AC-4', 'CM-7'], ...(cis.length > 0 ? { cis } : {}) };
}

/** The controls of a check on remote administration paths (2.3). */
export function managementAccess(...cis: string[]): FrameworkRefs {
  return { iso27001: ['A.8.20', 'A.8.5', 'A.8.2'], nist80053: ['AC-17', 'AC-17(3)'], ...(cis.length > 0 ? { cis } : {}) };
}

/** Registry link to the documentation of an AWS provider resource, optionally at an argument. */
export const awsDoc = (type: string, argument?: string): { title: string; url: string } => ({
  title: type,
  url: `https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/${type.replace(/^aws_/, '')}${argument ? `#${argument}` : ''}`,
});

/** A port range; `all` when the rule admits every protocol. */
export interface PortRange {
  from: number;
  to: number;
  all?: boolean;
}

/** One security group rule, whichever of the three forms it is written in. */
export interface SecurityGroupRule {
  fields: Fields;
  /** The argument naming the protocol: `protocol`, or `ip_protocol` on the VPC rule resources. */
  protocolName: string;
  /** Source or destination lists (`cidr_blocks`, `ipv6_cidr_blocks`) and single CIDRs (`cidr_ipv4`, `cidr_ipv6`). */
  lists: string[];
  singles: string[];
  /** The resource or inline block the rule is written as. */
  view: BlockView;
}

const inlineRules = (view: BlockView, direction: 'ingress' | 'egress'): Fields[] => {
  const rules = view.blocks(direction).map(viewFields);
  // In JSON every object member is read both as a block and as an attribute: the blocks suffice.
  if (view.file.json) return rules;
  for (const item of itemsOf(viewFields(view).get(direction)) ?? []) if (item.value.kind === 'object') rules.push(objectFields(item));
  return rules;
};

/**
 * The rules of one direction of every security group of the file: inline blocks (`dynamic` ones
 * included) or lists of objects on `aws_security_group` and `aws_default_security_group`,
 * `aws_security_group_rule` resources of that `type`, and `aws_vpc_security_group_ingress_rule`
 * or `_egress_rule` resources. Rule resources are checked in the file that declares them.
 */
export function securityGroupRules(module: TerraformModule, file: TerraformFile, direction: 'ingress' | 'egress', groups = ['aws_security_group', 'aws_default_security_group']): SecurityGroupRule[] {
  const rules: SecurityGroupRule[] = [];
  const classic = { protocolName: 'protocol', lists: ['cidr_blocks', 'ipv6_cidr_blocks'], singles: [] };
  for (const type of groups) {
    for (const group of resourceInstances(module, file, type)) {
      for (const fields of inlineRules(group, direction)) rules.push({ fields, ...classic, view: group });
    }
  }
  for (const resource of resourceInstances(module, file, 'aws_security_group_rule')) {
    if (asString(resource.value('type'))?.trim().toLowerCase() === direction) rules.push({ fields: viewFields(resource), ...classic, view: resource });
  }
  for (const resource of resourceInstances(module, file, `aws_vpc_security_group_${direction}_rule`)) {
    rules.push({ fields: viewFields(resource), protocolName: 'ip_protocol', lists: [], singles: ['cidr_ipv4', 'cidr_ipv6'], view: resource });
  }
  return rules;
}

/**
 * The ports a rule admits for `tcp`/`udp` (by name or number), or every port for `-1`/`all`;
 * undefined for other protocols (ICMP has no ports) and for values not known before apply.
 */
export function rulePorts(fields: Fields, protocolName: string): (PortRange & { protocol: string }) | undefined {
  const protocol = asString(fields.get(protocolName)?.value)?.trim().toLowerCase();
  if (protocol === '-1' || protocol === 'all') return { from: 0, to: 65535, all: true, protocol: 'all' };
  const name = protocol === '6' ? 'tcp' : protocol === '17' ? 'udp' : protocol;
  if (name !== 'tcp' && name !== 'udp') return undefined;
  const from = asNumber(fields.get('from_port')?.value);
  const to = asNumber(fields.get('to_port')?.value);
  if (from === undefined || to === undefined || from > to) return undefined;
  return { from, to, protocol: name, all: from <= 0 && to >= 65535 };
}

/** The world-open sources (or destinations) of a rule, each where it is written. */
export function worldCidrs(rule: Pick<SecurityGroupRule, 'fields' | 'lists' | 'singles'>): { cidr: string; at: Located }[] {
  const found: { cidr: string; at: Located }[] = [];
  for (const name of rule.lists) {
    for (const item of itemsOf(rule.fields.get(name)) ?? []) {
      if (item.value.kind === 'string' && isWorldCidr(item.value.value)) found.push({ cidr: item.value.value, at: item });
    }
  }
  for (const name of rule.singles) {
    const value = rule.fields.get(name);
    if (value?.value.kind === 'string' && isWorldCidr(value.value.value)) found.push({ cidr: value.value.value, at: value });
  }
  return found;
}

/** Well-known services of data stores and administration tools, named in messages and docs. */
export const wellKnownPorts: readonly { port: number; service: string }[] = [
  { port: 21, service: 'FTP' },
  { port: 23, service: 'Telnet' },
  { port: 25, service: 'SMTP' },
  { port: 53, service: 'DNS' },
  { port: 135, service: 'MSRPC' },
  { port: 137, service: 'NetBIOS' },
  { port: 139, service: 'NetBIOS' },
  { port: 445, service: 'SMB' },
  { port: 1433, service: 'SQL Server' },
  { port: 1521, service: 'Oracle' },
  { port: 2049, service: 'NFS' },
  { port: 2375, service: 'Docker API' },
  { port: 2379, service: 'etcd' },
  { port: 3000, service: 'web dashboards' },
  { port: 3306, service: 'MySQL' },
  { port: 5432, service: 'PostgreSQL' },
  { port: 5601, service: 'Kibana' },
  { port: 5900, service: 'VNC' },
  { port: 5984, service: 'CouchDB' },
  { port: 6379, service: 'Redis' },
  { port: 6443, service: 'Kubernetes API' },
  { port: 8020, service: 'HDFS' },
  { port: 9042, service: 'Cassandra' },
  { port: 9092, service: 'Kafka' },
  { port: 9200, service: 'Elasticsearch' },
  { port: 9300, service: 'Elasticsearch' },
  { port: 11211, service: 'Memcached' },
  { port: 27017, service: 'MongoDB' },
];

/** How a port range reads in a message: `all ports`, `port 5432 (PostgreSQL)`, `ports 8000-8100`. */
export function describePorts(range: PortRange & { protocol: string }): string {
  if (range.all) return range.protocol === 'all' ? 'every protocol and port' : `every ${range.protocol.toUpperCase()} port`;
  if (range.from === range.to) {
    const known = wellKnownPorts.find((p) => p.port === range.from);
    return `${range.protocol.toUpperCase()} port ${range.from}${known ? ` (${known.service})` : ''}`;
  }
  return `${range.protocol.toUpperCase()} ports ${range.from}-${range.to}`;
}

/** Whether a principal element means everyone: `"*"`, or `{ AWS = "*" }`. */
function everyonePrincipal(statement: PolicyStatement): PolicyValue | undefined {
  const principal = statement.principal;
  if (!principal) return undefined;
  for (const entry of principal.entries) {
    if (entry.type !== '*' && entry.type !== 'AWS') continue;
    const star = entry.values.find((value) => value.text.trim() === '*');
    if (star) return star;
  }
  return undefined;
}

/**
 * Where a statement allows everyone without a condition: the `"*"` principal, or undefined. A
 * condition (source account, VPC endpoint, organisation) that the rule cannot weigh counts as a
 * restriction, as does an effect or condition not known before apply.
 */
export function publicGrant(statement: PolicyStatement): PolicyValue | undefined {
  if (statement.allows !== true || statement.condition) return undefined;
  return everyonePrincipal(statement);
}

/** A resource type whose `policy` argument (on it, or on a separate policy resource) is a resource policy. */
export interface ResourcePolicySource {
  /** Resources with a `policy` argument: `aws_s3_bucket_policy`, and the inline form `aws_s3_bucket`. */
  types: readonly string[];
  /** The argument holding the document. */
  argument?: string;
  /** Resources (instances) whose policy is not to be judged on its own: another control decides. */
  skip?: (view: BlockView, module: TerraformModule) => boolean;
}

/**
 * The `check` of a rule that reports resource policies granting access to everyone: documents
 * written on the resources (`jsonencode`, heredoc, JSON strings, values known through variables)
 * are reported at their `"*"` principal; a `data "aws_iam_policy_document"` used by one of the
 * resources is reported where it is written, with the resource in related information.
 */
export function publicPolicyCheck<M extends string>(source: ResourcePolicySource, messageId: M): (context: RuleContext<'terraform', M>) => void {
  const argument = source.argument ?? 'policy';
  return ({ file, module, report }) => {
    const project = moduleFor(file, module);
    const inspect = (document: PolicyDocument | undefined, related?: RelatedLocation[]) => {
      for (const statement of document?.statements ?? []) {
        const principal = publicGrant(statement);
        if (principal) report({ at: principal.range, messageId, value: principal.value, related });
      }
    };
    for (const type of source.types) {
      for (const view of resourceInstances(project, file, type)) if (!source.skip?.(view, project)) inspect(policyOfAttribute(view, argument));
    }
    for (const document of file.dataSources('aws_iam_policy_document')) {
      const user = project.referencing(document).find((block) => source.types.includes(block.labels[0]?.value ?? ''));
      if (!user || project.instances(user).some((view) => source.skip?.(view, project))) continue;
      const related = relatedBlock(project, file, user, `Used as the policy of ${user.labels[0]?.value}.${user.labels[1]?.value}.`);
      for (const view of project.instances(document)) inspect(policyOfDataSource(view), related);
    }
  };
}

/**
 * "Boolean argument X of these resources must not be true; absent means false": a public
 * endpoint, a public IP. The suggestion sets it to false (clients outside the VPC lose access).
 */
export function notPublic<M extends string>(resources: readonly string[], path: string, messageId: M, options: { replacesResource?: boolean } = {}): (context: RuleContext<'terraform', M>) => void {
  const flag = mustNotBeTrue(path);
  return attributeCheck({
    resources,
    ...flag,
    remedy: { ...flag.remedy!, replacesResource: options.replacesResource },
    absent: 'compliant',
    messages: { insecure: messageId, missing: messageId },
  });
}

/**
 * The metadata every public-endpoint rule shares: a Terraform rule for 2.1, on by default with
 * high severity unless said otherwise.
 */
export function publicEndpointRule(
  overrides: { severity?: Severity; preset?: Preset; cis?: string[] } = {},
): { target: 'terraform'; severity: Severity; preset: Preset; requirements: RequirementId[]; frameworks: FrameworkRefs } {
  const { cis = [], ...rest } = overrides;
  return { target: 'terraform', severity: 'high', preset: 'recommended', requirements: ['2.1'], frameworks: publicExposure(...cis), ...rest };
}

/**
 * The metadata every rule on what security groups, NACLs and load balancers admit shares: a
 * Terraform rule for 2.2, on by default with medium severity unless said otherwise.
 */
export function trafficRule(
  overrides: { severity?: Severity; preset?: Preset; cis?: string[] } = {},
): { target: 'terraform'; severity: Severity; preset: Preset; requirements: RequirementId[]; frameworks: FrameworkRefs } {
  const { cis = [], ...rest } = overrides;
  return { target: 'terraform', severity: 'medium', preset: 'recommended', requirements: ['2.2'], frameworks: trafficRestriction(...cis), ...rest };
}

import type { RequirementId } from '../requirements';
import { asBool, asString, type BlockView, type FrameworkRefs, type Preset, type Severity, type TerraformModule, type TfBlock, type TfEvalValue } from '../api';
import { notWeakTls, transportEncryption } from './azure-transport';
import { attributeOf, type Located } from './terraform-evaluated';

/**
 * Elastic Load Balancing security policies that accept TLS 1.0 or 1.1: the named legacy policies
 * (`ELBSecurityPolicy-2016-08` is the provider's default) and every policy whose name carries a
 * `1-0` or `1-1` minimum (`ELBSecurityPolicy-TLS-1-1-2017-01`, `ELBSecurityPolicy-TLS13-1-0-2021-06`,
 * `ELBSecurityPolicy-FS-1-1-2019-08`, and the FIPS and post-quantum variants of these).
 */
const legacyElbPolicies = new Set(
  [
    'ELBSecurityPolicy-2016-08',
    'ELBSecurityPolicy-2015-05',
    'ELBSecurityPolicy-2015-03',
    'ELBSecurityPolicy-2015-02',
    'ELBSecurityPolicy-2014-10',
    'ELBSecurityPolicy-2014-01',
    'ELBSecurityPolicy-2011-08',
    'ELBSample-ELBDefaultNegotiationPolicy',
    'ELBSample-OpenSSLDefaultNegotiationPolicy',
    'ELBSecurityPolicy-FS-2018-06',
  ].map((name) => name.toLowerCase()),
);

/** Whether an ELB security policy name accepts TLS older than 1.2; unknown names (custom, later ones) comply. */
export function isWeakElbPolicy(name: string): boolean {
  const policy = name.trim().toLowerCase();
  return legacyElbPolicies.has(policy) || /(?:^|-)1-[01]-/.test(policy);
}

/** The ELB policy a TLS suggestion writes: TLS 1.3 and 1.2 only, the console default. */
export const recommendedElbPolicy = 'ELBSecurityPolicy-TLS13-1-2-2021-06';

/**
 * The value of one entry of a parameter group (`parameter { name = "require_ssl" value = "true" }`),
 * compared by name case-insensitively. `unknown` when a `dynamic "parameter"` block or an entry
 * whose name is not known could be the one; `absent` when no entry names it.
 */
export function groupParameter(view: BlockView, name: string): { entry: BlockView; value: Located | undefined } | 'absent' | 'unknown' {
  if (view.hasUnknownBlocks('parameter')) return 'unknown';
  let found: { entry: BlockView; value: Located | undefined } | undefined;
  for (const entry of view.blocks('parameter')) {
    const written = entry.value('name');
    if (written === undefined) continue;
    const text = asString(written);
    if (text === undefined) return 'unknown';
    // A later entry with the same name wins, as the API applies them in order.
    if (text.trim().toLowerCase() === name.toLowerCase()) found = { entry, value: attributeOf(entry, 'value') };
  }
  return found ?? 'absent';
}

/**
 * The resource a reference such as `aws_lb.web.arn` names, among the module's resources of the
 * given types; undefined for anything else (a variable, a data source, a module output).
 */
export function referencedResource(module: TerraformModule, value: TfEvalValue | undefined, types: readonly string[]): TfBlock | undefined {
  if (value?.kind !== 'unknown' || !value.reference) return undefined;
  const [type, name] = value.reference.split('.');
  if (!types.includes(type)) return undefined;
  return module.resources(type).find((block) => block.labels[1]?.value === name);
}

/**
 * Whether a CloudFront distribution serves the `*.cloudfront.net` certificate
 * (`viewer_certificate.cloudfront_default_certificate = true`); undefined when not known.
 */
export function usesDefaultCertificate(distribution: BlockView): boolean | undefined {
  if (distribution.hasUnknownBlocks('viewer_certificate')) return undefined;
  const [certificate] = distribution.blocks('viewer_certificate');
  const flag = certificate?.value('cloudfront_default_certificate');
  if (flag === undefined || flag.kind === 'null') return false;
  return asBool(flag);
}

/** The metadata every AWS TLS-in-transit rule shares: target, requirement 3.2 and its controls. */
export function transportRule(
  severity: Severity = 'medium',
  preset: Preset = 'recommended',
): { target: 'terraform'; severity: Severity; preset: Preset; requirements: RequirementId[]; frameworks: FrameworkRefs } {
  return { target: 'terraform', severity, preset, requirements: ['3.2'], frameworks: transportEncryption() };
}

/** Whether a string value is none of `values` (trimmed, case-insensitive); undefined when not a known string. */
export const noneOf: (values: readonly string[]) => (value: TfEvalValue) => boolean | undefined = notWeakTls;

/** The parameter that makes an RDS or Aurora engine refuse unencrypted connections, and whether it is on by default. */
export interface SecureTransportParameter {
  name: 'rds.force_ssl' | 'require_secure_transport';
  /** On by default in this family; undefined when the family's default is not known here. */
  onByDefault: boolean | undefined;
}

/**
 * The secure-transport parameter of a parameter group family: `rds.force_ssl` for PostgreSQL,
 * Aurora PostgreSQL and SQL Server (on by default from PostgreSQL 15), `require_secure_transport`
 * for MySQL, Aurora MySQL and MariaDB (off by default; MySQL 8.4 is left undecided).
 */
export function secureTransportParameter(family: string): SecureTransportParameter | undefined {
  const name = family.trim().toLowerCase();
  const postgres = /^(?:aurora-)?postgres(?:ql)?(\d+)/.exec(name);
  if (postgres) return { name: 'rds.force_ssl', onByDefault: Number(postgres[1]) >= 15 };
  if (name.startsWith('sqlserver-')) return { name: 'rds.force_ssl', onByDefault: false };
  if (/^mysql8\.4/.test(name)) return { name: 'require_secure_transport', onByDefault: undefined };
  if (/^(?:aurora-mysql|mysql|mariadb|aurora\d)/.test(name)) return { name: 'require_secure_transport', onByDefault: false };
  return undefined;
}

/** Whether a secure-transport parameter value turns it on (`1`, `ON`, `true`); undefined for other text. */
export function secureTransportOn(value: TfEvalValue): boolean | undefined {
  const text = asString(value)?.trim().toLowerCase();
  if (text === undefined) return undefined;
  if (['1', 'on', 'true'].includes(text)) return true;
  if (['0', 'off', 'false'].includes(text)) return false;
  return undefined;
}

/** RDS and Aurora parameter group resources. */
export const rdsParameterGroups = ['aws_db_parameter_group', 'aws_rds_cluster_parameter_group'];

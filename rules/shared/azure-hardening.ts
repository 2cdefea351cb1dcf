import { asBool, asList, asString, type FrameworkRefs, type RuleContext, type TfEvalValue } from '../api';
import { allOf } from './azure-transport';
import { attributeCheck, type AttributeCheck, type CheckScope, type Verdict } from './terraform-attribute-check';

/** The CIS Microsoft Azure Foundations Benchmark item, in the form the catalog cites it. */
export const cisAzure = (item: string): string => `CIS Microsoft Azure Foundations Benchmark v5.0.0 ${item}`;

/** The CIS Azure Kubernetes Service (AKS) Benchmark item, in the form the catalog cites it. */
export const cisAks = (item: string): string => `CIS Azure Kubernetes Service (AKS) Benchmark v1.8.0 ${item}`;

const controls =
  (iso27001: string[], nist80053: string[]) =>
  (...cis: string[]): FrameworkRefs => ({ iso27001, nist80053, ...(cis.length > 0 ? { cis } : {}) });

/** 1.1, static credentials: ISO/IEC 27001:2022 A.5.17 and A.8.5, NIST SP 800-53 IA-5 and IA-5(7). */
export const staticCredentials = controls(['A.5.17', 'A.8.5'], ['IA-5', 'IA-5(7)']);
/** 1.3, least privilege: ISO/IEC 27001:2022 A.5.15 and A.8.2, NIST SP 800-53 AC-3 and AC-6. */
export const leastPrivilege = controls(['A.5.15', 'A.8.2'], ['AC-3', 'AC-6']);
/** 1.4, human access: ISO/IEC 27001:2022 A.5.16 and A.8.2, NIST SP 800-53 AC-2 and IA-2. */
export const humanAccess = controls(['A.5.16', 'A.8.2'], ['AC-2', 'IA-2']);
/** 2.2, traffic restricted: ISO/IEC 27001:2022 A.8.20 and A.8.22, NIST SP 800-53 SC-7, SC-7(5), AC-4. */
export const trafficRestriction = controls(['A.8.20', 'A.8.22'], ['SC-7', 'SC-7(5)', 'AC-4']);
/** 2.3, management access: ISO/IEC 27001:2022 A.8.20 and A.8.5, NIST SP 800-53 AC-17 and AC-17(2). */
export const managementAccess = controls(['A.8.20', 'A.8.5'], ['AC-17', 'AC-17(2)']);
/** 3.3, secrets: ISO/IEC 27001:2022 A.5.17, NIST SP 800-53 IA-5(6) and SC-12. */
export const secretLifecycle = controls(['A.5.17'], ['IA-5(6)', 'SC-12']);
/** 4.3, admission: ISO/IEC 27001:2022 A.8.2 and A.8.9, NIST SP 800-53 AC-6 and CM-7. */
export const admissionControl = controls(['A.8.2', 'A.8.9'], ['AC-6', 'CM-7']);
/** 4.4, patching: ISO/IEC 27001:2022 A.8.8, NIST SP 800-53 SI-2. */
export const patching = controls(['A.8.8'], ['SI-2']);
/** 6.2, log retention: ISO/IEC 27001:2022 A.8.15, NIST SP 800-53 AU-11. */
export const logRetention = controls(['A.8.15'], ['AU-11']);
/** 6.3, alerts: ISO/IEC 27001:2022 A.8.16 and A.5.25, NIST SP 800-53 SI-4 and IR-6. */
export const securityAlerts = controls(['A.8.16', 'A.5.25'], ['SI-4', 'IR-6']);
/** 8.3, recovery: ISO/IEC 27001:2022 A.8.13, NIST SP 800-53 CP-9. */
export const recoverability = controls(['A.8.13'], ['CP-9']);

/** The link to an azurerm resource's documentation, at an argument's anchor when given. */
export const azurermDoc = (resource: string, anchor?: string) => ({
  title: `azurerm_${resource}`,
  url: `https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/${resource}${anchor ? `#${anchor}` : ''}`,
});

/** Whether a known string equals one of `values`, trimmed and case-insensitively; undefined when not known. */
export function oneOf(value: TfEvalValue, ...values: string[]): boolean | undefined {
  const text = asString(value)?.trim().toLowerCase();
  return text === undefined ? undefined : values.some((candidate) => candidate.toLowerCase() === text);
}

/** Whether a known list contains the string `item`; undefined when the list or an element is not known. */
export function listContains(value: TfEvalValue, item: string): boolean | undefined {
  const items = asList(value);
  if (!items) return undefined;
  if (items.some((element) => asString(element)?.trim() === item)) return true;
  return items.every((element) => element.kind === 'string') ? false : undefined;
}

/** Whether an argument at `path` (through nested blocks) of the instance is written with a value. */
export function isWritten(scope: CheckScope, path: string): boolean {
  const segments = path.split('.');
  let views = [scope.resource];
  for (const block of segments.slice(0, -1)) views = views.flatMap((view) => view.blocks(block));
  const name = segments[segments.length - 1];
  return views.some((view) => {
    const value = view.value(name);
    return value !== undefined && value.kind !== 'null';
  });
}

/** What a renamed flag check needs: where the flag is, its two names, and what its absence means. */
export interface RenamedFlag<M extends string> {
  resources: readonly string[];
  /** The nested block holding the flag (`default_node_pool`), if any. */
  block?: string;
  /** The name of the current provider major, and the one it replaced. */
  current: string;
  legacy: string;
  /** The verdict and the edit for a path: {@link mustBeTrue} or `mustNotBeTrue`. */
  flag: (path: string) => Pick<AttributeCheck<string>, 'path' | 'compliant' | 'remedy'>;
  absent: Verdict;
  /** Messages with a `{{name}}` placeholder: the name written (or, when missing, the current one). */
  messages: { insecure: M; missing: M };
}

/**
 * A flag that a provider major renamed (`enable_node_public_ip` → `node_public_ip_enabled`), as
 * two checks: each name is checked where written, and a missing flag is reported once, on the
 * current name, only when neither is written.
 */
export function renamedFlag<M extends string>(spec: RenamedFlag<M>): (context: RuleContext<'terraform', M>) => void {
  const prefix = spec.block ? `${spec.block}.` : '';
  const legacyPath = `${prefix}${spec.legacy}`;
  const check = (name: string, absent: AttributeCheck<M>['absent']) =>
    attributeCheck<M>({ resources: spec.resources, ...spec.flag(`${prefix}${name}`), absent, messages: spec.messages, data: () => ({ name }) });
  return allOf<M>(
    check(spec.current, (scope) => (isWritten(scope, legacyPath) ? 'unknown' : spec.absent)),
    check(spec.legacy, 'compliant'),
  );
}

/** A boolean that complies when false: `true` (or `"true"`) does not. */
export const isFalse = (value: TfEvalValue): boolean | undefined => {
  const flag = asBool(value);
  return flag === undefined ? undefined : !flag;
};

/** AKS node pools: the cluster's `default_node_pool` block and the separate node-pool resource. */
export const nodePools = [
  { resources: ['azurerm_kubernetes_cluster'], block: 'default_node_pool' },
  { resources: ['azurerm_kubernetes_cluster_node_pool'], block: undefined },
] as const;

import { asBool, asString, type FrameworkRefs, type RuleContext, type TfEvalValue } from '../api';
import { attributeCheck, type AttributeCheck, type CheckScope, type Verdict } from './terraform-attribute-check';

/** The controls of a TLS-in-transit check (3.2): ISO/IEC 27001:2022 A.8.24 and A.5.14, NIST SP 800-53 SC-8 and SC-8(1). */
export function transportEncryption(...cis: string[]): FrameworkRefs {
  return { iso27001: ['A.8.24', 'A.5.14'], nist80053: ['SC-8', 'SC-8(1)'], ...(cis.length > 0 ? { cis } : {}) };
}

/** The controls of a public-exposure check (2.1): ISO/IEC 27001:2022 A.8.20 to A.8.22, NIST SP 800-53 SC-7, SC-7(3), AC-4. */
export function publicExposure(...cis: string[]): FrameworkRefs {
  return { iso27001: ['A.8.20', 'A.8.21', 'A.8.22'], nist80053: ['SC-7', 'SC-7(3)', 'AC-4'], ...(cis.length > 0 ? { cis } : {}) };
}

/** Why TLS 1.0 and 1.1 are reported, in the rationale of each Azure minimum-TLS rule. */
export const retiredTls = 'TLS 1.0 and 1.1 have known weaknesses, fail PCI DSS and are being retired across Azure services';

/**
 * Whether a TLS version value complies: every value except the `weak` ones (compared trimmed and
 * case-insensitively) does, so a version added by a later provider (`1.3`) is accepted.
 */
export function notWeakTls(weak: readonly string[]): (value: TfEvalValue) => boolean | undefined {
  const set = new Set(weak.map((version) => version.toLowerCase()));
  return (value) => {
    const version = asString(value)?.trim().toLowerCase();
    return version === undefined ? undefined : !set.has(version);
  };
}

/** The message of a minimum-TLS finding; {@link versionData} fills it in. */
export const weakTlsMessage = '{{name}} = "{{version}}" lets clients connect with TLS older than 1.2.';

/** The argument and the version written, for the `{{name}}` and `{{version}}` placeholders. */
export const versionData = (name: string) => (value: TfEvalValue) => ({ name, version: asString(value)?.trim() ?? '' });

/** A boolean that must not be true (a plain-text port, public access); its fix sets it to false. */
export function mustNotBeTrue(path: string): Pick<AttributeCheck<string>, 'path' | 'compliant' | 'remedy'> {
  const name = path.split('.').pop();
  return {
    path,
    compliant: (value) => {
      const flag = asBool(value);
      return flag === undefined ? undefined : !flag;
    },
    remedy: { value: false, title: `Set ${name} = false`, kind: 'suggest' },
  };
}

/** Runs several checks of one rule (an argument renamed by a provider major, or one per resource family) in turn. */
export function allOf<M extends string>(...checks: ((context: RuleContext<'terraform', M>) => void)[]): (context: RuleContext<'terraform', M>) => void {
  return (context) => {
    for (const check of checks) check(context);
  };
}

/** Web and function apps and their slots, as azurerm 3.0 and later name them. */
export const appServiceApps = [
  'azurerm_linux_web_app',
  'azurerm_windows_web_app',
  'azurerm_linux_function_app',
  'azurerm_windows_function_app',
  'azurerm_linux_web_app_slot',
  'azurerm_windows_web_app_slot',
  'azurerm_linux_function_app_slot',
  'azurerm_windows_function_app_slot',
];

/** The app resources azurerm 4.0 removed; their `site_config` has older argument names. */
export const legacyAppServiceApps = ['azurerm_app_service', 'azurerm_app_service_slot', 'azurerm_function_app', 'azurerm_function_app_slot'];

/** A minimum-TLS argument: the weak versions, what its absence means, and the version its suggestion writes. */
export interface MinimumTls<M extends string> {
  resources: readonly string[];
  /** `minimum_tls_version`, or through nested blocks `site_config.minimum_tls_version`. */
  path: string;
  /** The values that accept TLS older than 1.2 (any other value complies, so later versions pass). */
  weak: readonly string[];
  /** Whether an instance is left undecided whatever its value (another rule's finding covers it). */
  skip?: (scope: CheckScope) => boolean;
  /** The message id of an absent argument whose provider default is weak; absent otherwise complies. */
  missing?: M;
  /** The version the suggestion writes; `"1.2"` unless the argument spells it otherwise. */
  secure?: string;
}

/**
 * The check of a minimum-TLS argument, reported with the `weakTls` message ({@link weakTlsMessage}).
 * The edit is a suggestion: clients limited to TLS 1.0/1.1 can no longer connect.
 */
export function minimumTls<M extends string = never>(spec: MinimumTls<M>): (context: RuleContext<'terraform', 'weakTls' | M>) => void {
  const weak = notWeakTls(spec.weak);
  return attributeCheck<'weakTls' | M>({
    resources: spec.resources,
    path: spec.path,
    compliant: (value, scope) => (spec.skip?.(scope) ? undefined : weak(value)),
    absent: spec.missing === undefined ? 'compliant' : 'insecure',
    data: versionData(spec.path.split('.').pop() ?? spec.path),
    messages: { insecure: 'weakTls', missing: spec.missing ?? 'weakTls' },
    remedy: { value: spec.secure ?? '1.2', title: 'Require TLS 1.2', kind: 'suggest' },
  });
}

/**
 * What `public_network_access_enabled` (default true on every resource that has it) means for a
 * resource's exposure: closed when false, open when absent or true, unknown before apply.
 */
export function publicNetworkAccess({ resource }: CheckScope): Verdict {
  const open = resource.value('public_network_access_enabled');
  if (open === undefined || open.kind === 'null') return 'insecure';
  const flag = asBool(open);
  return flag === undefined ? 'unknown' : flag ? 'insecure' : 'compliant';
}

/** Whether a firewall `default_action` denies (any value but `Allow`, compared case-insensitively). */
export function deniesByDefault(value: TfEvalValue): boolean | undefined {
  const action = asString(value)?.trim().toLowerCase();
  return action === undefined ? undefined : action !== 'allow';
}

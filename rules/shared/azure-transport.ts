import { asBool, asString, type FrameworkRefs, type RuleContext, type TfEvalValue } from '../api';
import type { AttributeCheck } from './terraform-attribute-check';

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

/** The version written, for the `{{version}}` placeholder. */
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

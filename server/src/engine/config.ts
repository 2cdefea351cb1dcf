import type { FindingSeverity, Severity } from './types';
import type { AnyRule, Preset, RuleOptionValue } from './rule';

/** What a user can tune; the CLI and the language server both build one of these. */
export interface LintConfig {
  /** Rule ids not to run. */
  disabledRules?: readonly string[];
  /** Per-rule severity, replacing the rule's own. */
  severityOverrides?: Readonly<Record<string, Severity>>;
  /** Findings less severe than this are dropped (default: keep all); `info` notes are always kept. */
  minimumSeverity?: FindingSeverity;
  /**
   * `recommended` leaves out the rules that only the `strict` preset holds; `strict` runs them all.
   * Unset runs every rule it is given: front-ends choose the preset (their default is `recommended`).
   */
  preset?: Preset;
  /** Rule parameters by rule id and option name, replacing the documented defaults (see `rule-options.ts`). */
  ruleOptions?: Readonly<Record<string, Readonly<Record<string, RuleOptionValue>>>>;
}

export const presets: readonly Preset[] = ['recommended', 'strict'];

/** Whether a preset runs a rule: `strict` runs every rule, `recommended` only its own. */
export function inPreset(rule: Pick<AnyRule, 'preset'>, preset: Preset | undefined): boolean {
  return preset !== 'recommended' || rule.preset === 'recommended';
}

import type { FindingSeverity, Severity } from './types';

/** What a user can tune; the CLI and the language server both build one of these. */
export interface LintConfig {
  /** Rule ids not to run. */
  disabledRules?: readonly string[];
  /** Per-rule severity, replacing the rule's own. */
  severityOverrides?: Readonly<Record<string, Severity>>;
  /** Findings less severe than this are dropped (default: keep all); `info` notes are always kept. */
  minimumSeverity?: FindingSeverity;
}

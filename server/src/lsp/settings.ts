import { inPreset, presets, type LintConfig } from '../engine/config';
import type { AnyRule, Preset } from '../engine/rule';
import type { FindingSeverity, Severity } from '../engine/types';
import type { FileKind } from '../parsers';

/** The `shiftguard.*` settings, as the client sends them. */
export interface ServerSettings {
  enable: Record<FileKind, boolean>;
  /** Findings less severe than this are not shown. */
  minimumSeverity: Severity;
  /** `recommended` (default) or `strict`, which adds opinionated hardening rules. */
  preset: Preset;
  /** Milliseconds to wait after a keystroke before linting; 0 lints as soon as the server is free. */
  debounceMs: number;
  disabledRules: string[];
}

export const defaultSettings: ServerSettings = {
  enable: { terraform: true, kubernetes: true, dockerfile: true },
  minimumSeverity: 'low',
  preset: 'recommended',
  debounceMs: 0,
  disabledRules: [],
};

const severities: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

/** Accepts whatever the client sent, keeping defaults for missing or malformed values. */
export function normalizeSettings(raw: unknown): ServerSettings {
  const input = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const enable = (input.enable && typeof input.enable === 'object' ? input.enable : {}) as Record<string, unknown>;
  const bool = (value: unknown, fallback: boolean) => (typeof value === 'boolean' ? value : fallback);
  return {
    enable: {
      terraform: bool(enable.terraform, true),
      kubernetes: bool(enable.kubernetes, true),
      dockerfile: bool(enable.dockerfile, true),
    },
    minimumSeverity: severities.includes(input.minimumSeverity as Severity) ? (input.minimumSeverity as Severity) : 'low',
    preset: presets.includes(input.preset as Preset) ? (input.preset as Preset) : 'recommended',
    debounceMs: typeof input.debounceMs === 'number' && input.debounceMs >= 0 ? Math.min(input.debounceMs, 10_000) : 0,
    disabledRules: Array.isArray(input.disabledRules) ? input.disabledRules.filter((r): r is string => typeof r === 'string') : [],
  };
}

export function lintConfigOf(settings: ServerSettings): LintConfig {
  // Syntax errors always show: a file that does not parse cannot be checked.
  const minimumSeverity: FindingSeverity = settings.minimumSeverity;
  return { disabledRules: settings.disabledRules, minimumSeverity, preset: settings.preset };
}

/** The rule ids that do not run: those turned off, and those the preset leaves out. */
export function disabledBySettings(settings: ServerSettings, rules: readonly AnyRule[]): string[] {
  return [...settings.disabledRules, ...rules.filter((r) => !inPreset(r, settings.preset)).map((r) => r.id)];
}

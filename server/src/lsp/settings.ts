import { presets, type LintConfig } from '../engine/config';
import type { Preset } from '../engine/rule';
import type { FindingSeverity, Severity } from '../engine/types';
import type { FileKind } from '../parsers';
import { defaultMaxFileSize, parseSize } from '../cli/args';

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
  /** Documents larger than this (bytes, UTF-8) are not checked: the command line's `--max-file-size`. */
  maxFileSize: number;
  /** Diagnostics published for one document at most, the most severe kept; a note counts the rest. */
  maxDiagnostics: number;
}

/**
 * A thousand problems are more than anyone reads in one file, and publishing them stays well under
 * a megabyte; a generated manifest can have hundreds of thousands, which would take seconds to
 * send and freeze the editor's Problems view.
 */
export const defaultMaxDiagnostics = 1000;

export const defaultSettings: ServerSettings = {
  enable: { terraform: true, kubernetes: true, dockerfile: true },
  minimumSeverity: 'low',
  preset: 'recommended',
  debounceMs: 0,
  disabledRules: [],
  maxFileSize: defaultMaxFileSize,
  maxDiagnostics: defaultMaxDiagnostics,
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
    maxFileSize: sizeSetting(input.maxFileSize) ?? defaultMaxFileSize,
    maxDiagnostics: typeof input.maxDiagnostics === 'number' && input.maxDiagnostics >= 1 ? Math.floor(input.maxDiagnostics) : defaultMaxDiagnostics,
  };
}

/** A size as the command line takes it (`8MiB`, `500KiB`) or a byte count; undefined when malformed. */
function sizeSetting(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? Math.floor(value) : undefined;
  if (typeof value !== 'string') return undefined;
  try {
    return parseSize(value);
  } catch {
    return undefined;
  }
}

export function lintConfigOf(settings: ServerSettings): LintConfig {
  // Syntax errors always show: a file that does not parse cannot be checked.
  const minimumSeverity: FindingSeverity = settings.minimumSeverity;
  return { disabledRules: settings.disabledRules, minimumSeverity, preset: settings.preset };
}

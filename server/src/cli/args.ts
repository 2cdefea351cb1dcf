import { parseArgs } from 'node:util';
import type { Severity } from '../engine/types';
import type { Preset } from '../engine/rule';
import { presets } from '../engine/config';

/** A command line that cannot be run as given; reported in one line with exit code 2. */
export class UsageError extends Error {}

export type OutputFormat = 'text' | 'json' | 'sarif';
export type RulesFormat = 'text' | 'json' | 'markdown';

export interface LintOptions {
  command: 'lint';
  paths: string[];
  format: OutputFormat;
  output?: string;
  severity: Severity;
  disable: string[];
  fix: boolean;
  maxFileSize: number;
  /** Heap limit of each lint worker, in bytes; undefined for the default share of the machine's memory. */
  maxMemory: number | undefined;
  /** Terraform variable definition files, applied after the automatic ones, in order. */
  varFiles: string[];
  color: boolean | undefined;
  quiet: boolean;
  /** Which rules run: `recommended` (default) or `strict` (every rule). */
  preset: Preset;
  /** `RULE.NAME=VALUE` as given; checked against the catalog before the run. */
  ruleOptions: string[];
}

export interface RulesOptions {
  command: 'rules';
  format: RulesFormat;
  output?: string;
  /** The rules listed: those of `recommended` (default) or all of `strict`. */
  preset: Preset;
}

export type Command = LintOptions | RulesOptions | { command: 'help' } | { command: 'version' };

const severities: readonly Severity[] = ['critical', 'high', 'medium', 'low'];
/** Files larger than this are not checked unless `--max-file-size` says otherwise; the editor applies it too. */
export const defaultMaxFileSize = 8 * 1024 * 1024;

export const helpText = `Usage: shiftguard <command> [options]

Commands:
  lint [paths...]        Check Terraform, Kubernetes manifests and Dockerfiles (default path: .)
  rules                  List the rule catalog

Options for lint:
  --format <fmt>         text (default), json or sarif
  --output <file>        Write the report to a file instead of stdout
  --severity <level>     Lowest severity to report and fail on: critical, high, medium, low (default)
  --disable <ids>        Comma-separated rule ids not to run, e.g. DKR-001,K8S-004
  --fix                  Apply safe fixes in place, then report what is left
  --preset <name>        recommended (default) or strict: strict adds opinionated hardening
  --rule-option <o>      A rule parameter, RULE.NAME=VALUE (repeatable), e.g. TF-022.minimumDays=365
  --max-file-size <n>    Skip larger files, e.g. 8MiB (default), 500KiB, 1048576
  --max-memory <n>       Heap limit of each lint worker, e.g. 2GiB (default: a share of the
                         machine's memory, at most 4GiB); a file that needs more is reported
  --var-file <file>      Terraform variable values, as terraform -var-file (repeatable)
  --no-color             No colours in text output (also: NO_COLOR environment variable)
  --quiet                No summary line

Options for rules:
  --format <fmt>         text (default), json or markdown
  --preset <name>        List the rules of recommended (default) or strict (all rules)
  --output <file>        Write to a file instead of stdout

  -h, --help             Show this help
  -v, --version          Show the version

Exit codes: 0 no findings, 1 findings, 2 usage or internal error.
`;

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`invalid value for --${name}: "${value}" (expected ${allowed.join(', ')})`);
}

/** Parses `8MiB`, `500KiB`, `2M`, `100k` or a plain byte count, the value of `--<option>`. */
export function parseSize(value: string, option = 'max-file-size'): number {
  // Trimmed first: `\s*` around an optional unit and again before `$` would split a run of spaces every way.
  const match = /^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?$/i.exec(value.trim());
  if (!match) throw new UsageError(`invalid value for --${option}: "${value}" (expected e.g. 8MiB, 500KiB or a byte count)`);
  const units: Record<string, number> = { b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
  const unit = (match[2] ?? 'b').toLowerCase()[0];
  const bytes = Math.floor(Number(match[1]) * units[unit]);
  if (bytes <= 0) throw new UsageError(`invalid value for --${option}: "${value}" (must be positive)`);
  return bytes;
}

/** Below this a worker cannot even load the parsers. */
const minimumMemory = 64 * 1024 * 1024;

function memoryLimit(value: string): number {
  const bytes = parseSize(value, 'max-memory');
  if (bytes < minimumMemory) throw new UsageError(`invalid value for --max-memory: "${value}" (at least 64MiB)`);
  return bytes;
}

type ParseConfig = NonNullable<Parameters<typeof parseArgs>[0]>;

function parse<T extends NonNullable<ParseConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's messages are multi-line and mention internals; keep the first line only.
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    const short = message.replace(/^Unknown option '([^']*)'.*$/, 'unknown option $1');
    throw new UsageError(short.charAt(0).toLowerCase() + short.slice(1));
  }
}

/** Turns `argv` (without `node` and the script) into a command; throws {@link UsageError}. */
export function parseCommandLine(argv: readonly string[]): Command {
  const args = [...argv];
  if (args.length === 0) throw new UsageError('missing command: expected "lint" or "rules" (see shiftguard --help)');
  const first = args[0];
  if (first === '-h' || first === '--help' || first === 'help') return { command: 'help' };
  if (first === '-v' || first === '--version') return { command: 'version' };

  if (first === 'lint') {
    const { values, positionals } = parse(args.slice(1), {
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      severity: { type: 'string' },
      disable: { type: 'string', multiple: true },
      fix: { type: 'boolean' },
      'max-file-size': { type: 'string' },
      'max-memory': { type: 'string' },
      'var-file': { type: 'string', multiple: true },
      // Not `allowNegative`: that needs Node 20.16, and `--color` is not an option.
      'no-color': { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      preset: { type: 'string' },
      'rule-option': { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    });
    if (values.help) return { command: 'help' };
    if (values.version) return { command: 'version' };
    const disable = ((values.disable as string[] | undefined) ?? [])
      .flatMap((list) => list.split(','))
      .map((id) => id.trim())
      .filter((id) => id.length > 0);
    if (values.output === '') throw new UsageError('invalid value for --output: empty path');
    return {
      command: 'lint',
      paths: positionals.length > 0 ? positionals : ['.'],
      format: oneOf('format', values.format as string | undefined, ['text', 'json', 'sarif'] as const, 'text'),
      output: values.output as string | undefined,
      severity: oneOf('severity', values.severity as string | undefined, severities, 'low'),
      disable,
      fix: Boolean(values.fix),
      maxFileSize: values['max-file-size'] === undefined ? defaultMaxFileSize : parseSize(values['max-file-size'] as string),
      maxMemory: values['max-memory'] === undefined ? undefined : memoryLimit(values['max-memory'] as string),
      varFiles: (values['var-file'] as string[] | undefined) ?? [],
      color: values['no-color'] ? false : undefined,
      quiet: Boolean(values.quiet),
      preset: oneOf('preset', values.preset as string | undefined, presets, 'recommended'),
      ruleOptions: (values['rule-option'] as string[] | undefined) ?? [],
    };
  }

  if (first === 'rules') {
    const { values, positionals } = parse(args.slice(1), {
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      preset: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) return { command: 'help' };
    if (positionals.length > 0) throw new UsageError(`unexpected argument for rules: "${positionals[0]}"`);
    return {
      command: 'rules',
      format: oneOf('format', values.format as string | undefined, ['text', 'json', 'markdown'] as const, 'text'),
      output: values.output as string | undefined,
      preset: oneOf('preset', values.preset as string | undefined, presets, 'recommended'),
    };
  }

  if (first.startsWith('-')) throw new UsageError(`unknown option ${first} (expected a command first: lint or rules)`);
  throw new UsageError(`unknown command "${first}": expected "lint" or "rules"`);
}

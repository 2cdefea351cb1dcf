import type { AnyRule, RuleOption, RuleOptionValue } from './rule';

/** A rule option that cannot be set as written: unknown rule or option, or a value of the wrong type or range. */
export class RuleOptionError extends Error {}

/** The options a rule runs with: each configured value, else the documented default. */
export function resolveOptions(rule: Pick<AnyRule, 'options'>, configured: Readonly<Record<string, RuleOptionValue>> = {}): Record<string, RuleOptionValue> {
  const out: Record<string, RuleOptionValue> = {};
  for (const [name, option] of Object.entries(rule.options ?? {})) {
    out[name] = Object.prototype.hasOwnProperty.call(configured, name) ? configured[name] : option.default;
  }
  return out;
}

/** Why a value does not fit an option, or undefined when it does. */
export function optionProblem(option: RuleOption, value: RuleOptionValue): string | undefined {
  if (typeof value !== option.type) return `expected a ${option.type}`;
  if (option.type === 'number' && typeof value === 'number') {
    if (!Number.isFinite(value)) return 'expected a number';
    if (option.integer && !Number.isInteger(value)) return 'expected a whole number';
    if (option.minimum !== undefined && value < option.minimum) return `at least ${option.minimum}`;
    if (option.maximum !== undefined && value > option.maximum) return `at most ${option.maximum}`;
  }
  if (option.type === 'string' && option.values && !option.values.includes(value as string)) return `expected one of ${option.values.join(', ')}`;
  return undefined;
}

/** Reads the text of a value (`90`, `true`, `KMS`) as the option's type. */
function parseValue(option: RuleOption, text: string): RuleOptionValue {
  const trimmed = text.trim();
  if (option.type === 'number') return trimmed === '' ? NaN : Number(trimmed);
  if (option.type === 'boolean') return trimmed === 'true' ? true : trimmed === 'false' ? false : trimmed;
  return trimmed;
}

/**
 * Parses `RULE.NAME=VALUE` (the command line's `--rule-option`) against the rules it may set.
 * Throws {@link RuleOptionError} naming what is wrong.
 */
export function parseRuleOption(text: string, rules: readonly AnyRule[]): { ruleId: string; name: string; value: RuleOptionValue } {
  const match = /^\s*([A-Za-z0-9]+-\d+)\.([A-Za-z][A-Za-z0-9]*)\s*=(.*)$/s.exec(text);
  if (!match) throw new RuleOptionError(`"${text}" is not RULE.NAME=VALUE, e.g. TF-022.minimumDays=365`);
  const ruleId = match[1].toUpperCase();
  const rule = rules.find((r) => r.id === ruleId);
  if (!rule) throw new RuleOptionError(`unknown rule id "${match[1]}"`);
  const name = match[2];
  const option = rule.options && Object.prototype.hasOwnProperty.call(rule.options, name) ? rule.options[name] : undefined;
  if (!option) {
    const known = Object.keys(rule.options ?? {});
    throw new RuleOptionError(`${ruleId} has no option "${name}"${known.length > 0 ? ` (options: ${known.join(', ')})` : ' (it takes none)'}`);
  }
  const value = parseValue(option, match[3]);
  const problem = optionProblem(option, value);
  if (problem) throw new RuleOptionError(`invalid value for ${ruleId}.${name}: "${match[3].trim()}" (${problem})`);
  return { ruleId, name, value };
}

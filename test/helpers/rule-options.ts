import type { AnyRule, RuleOption, RuleOptionValue } from '../../server/src/engine/rule';

/**
 * The same rules with configured values as their defaults: for the rule tester, which runs a rule
 * without a lint configuration.
 */
export function withOptions(rules: readonly AnyRule[], configured: Readonly<Record<string, Readonly<Record<string, RuleOptionValue>>>>): AnyRule[] {
  return rules.map((rule) => {
    const values = configured[rule.id];
    if (!values || !rule.options) return rule;
    const options = Object.fromEntries(
      Object.entries(rule.options).map(([name, option]) =>
        [name, Object.prototype.hasOwnProperty.call(values, name) ? ({ ...option, default: values[name] } as RuleOption) : option],
      ),
    );
    return { ...rule, options };
  });
}

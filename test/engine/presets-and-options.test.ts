import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/engine/lint';
import type { AnyRule } from '../../server/src/engine/rule';
import { parseRuleOption, resolveOptions } from '../../server/src/engine/rule-options';
import { withOptions } from '../helpers/rule-options';
import { lintConfigOf, normalizeSettings } from '../../server/src/lsp/settings';
import { syntheticFile, wordRule } from '../helpers/synthetic';

const counted: AnyRule = {
  ...(wordRule as unknown as AnyRule),
  id: 'DKR-920',
  preset: 'strict',
  options: { times: { type: 'number', default: 1, integer: true, minimum: 0, description: 'How many findings to report.' } },
  check({ file, report, options }) {
    for (let i = 0; i < (options.times as number); i++) report({ at: (file as ReturnType<typeof syntheticFile>).lines.rangeOf(i, i + 1), messageId: 'bad', data: { word: String(i) } });
  },
};
const rules = [wordRule as unknown as AnyRule, counted];
const file = () => syntheticFile('bad\nbad\nbad\n');
const ids = (findings: { ruleId: string }[]) => [...new Set(findings.map((f) => f.ruleId))].sort();

describe('presets in the engine', () => {
  it('runs every rule given without a preset, all with strict, only recommended ones with recommended', () => {
    expect(ids(lint(file(), rules))).toEqual(['DKR-900', 'DKR-920']);
    expect(ids(lint(file(), rules, { preset: 'strict' }))).toEqual(['DKR-900', 'DKR-920']);
    expect(ids(lint(file(), rules, { preset: 'recommended' }))).toEqual(['DKR-900']);
  });
});

describe('rule options', () => {
  it('hands a rule its defaults, or the configured values', () => {
    expect(resolveOptions(counted)).toEqual({ times: 1 });
    expect(resolveOptions(counted, { times: 3 })).toEqual({ times: 3 });
    expect(resolveOptions(wordRule as unknown as AnyRule, { times: 3 })).toEqual({});
    expect(lint(file(), [counted]).length).toBe(1);
    expect(lint(file(), [counted], { ruleOptions: { 'DKR-920': { times: 3 } } }).length).toBe(3);
    expect(lint(file(), [counted], { ruleOptions: { 'DKR-920': { times: 0 } } })).toEqual([]);
  });

  it('binds values as defaults for front-ends that hand over rules', () => {
    const [bound] = withOptions([counted], { 'DKR-920': { times: 2 } });
    expect(bound.options?.times.default).toBe(2);
    expect(counted.options?.times.default).toBe(1);
    expect(lint(file(), [bound]).length).toBe(2);
  });

  it('parses RULE.NAME=VALUE against the rules, case-insensitively for the id', () => {
    expect(parseRuleOption('dkr-920.times= 2 ', rules)).toEqual({ ruleId: 'DKR-920', name: 'times', value: 2 });
    expect(() => parseRuleOption('DKR-920.times=-1', rules)).toThrow('invalid value for DKR-920.times: "-1" (at least 0)');
  });
});

describe('editor settings', () => {
  it('read the preset, defaulting to recommended, and leave out the strict rules', () => {
    expect(normalizeSettings({}).preset).toBe('recommended');
    expect(normalizeSettings({ preset: 'paranoid' }).preset).toBe('recommended');
    const strict = normalizeSettings({ preset: 'strict', disabledRules: ['DKR-900'] });
    expect(lintConfigOf(strict).preset).toBe('strict');
    // The strict rule runs under strict only; a disabled rule runs under neither.
    const ruleIds = (config: ReturnType<typeof lintConfigOf>) => [...new Set(lint(file(), rules, config).map((f) => f.ruleId))];
    expect(ruleIds(lintConfigOf(strict))).toEqual(['DKR-920']);
    expect(ruleIds(lintConfigOf(normalizeSettings({ disabledRules: ['DKR-001'] })))).toEqual(['DKR-900']);
  });
});

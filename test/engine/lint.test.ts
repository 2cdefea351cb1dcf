import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/engine/lint';
import { applyFixes, fixUntilStable } from '../../server/src/engine/fix';
import { defineRule, formatMessage, type AnyRule } from '../../server/src/engine/rule';
import { syntheticFile, wordRule } from '../helpers/synthetic';

const throwingRule = defineRule({
  ...wordRule,
  id: 'DKR-901',
  check() {
    throw new Error('boom');
  },
});

describe('lint', () => {
  it('reports syntax problems as error findings, then rule findings in position order', () => {
    const findings = lint(syntheticFile('bad\n!!\nok bad\n'), [wordRule]);
    expect(findings.map((f) => [f.ruleId, f.severity, f.range.start.line, f.range.start.character, f.message])).toEqual([
      ['DKR-900', 'medium', 0, 0, 'Found "bad".'],
      ['syntax', 'error', 1, 0, 'bang bang'],
      ['DKR-900', 'medium', 2, 3, 'Found "bad".'],
    ]);
    expect(findings[0].requirements).toEqual(['4.1']);
  });

  it('turns a rule that throws into one internal finding and runs the others', () => {
    const findings = lint(syntheticFile('bad\n'), [throwingRule, wordRule]);
    expect(findings.map((f) => f.ruleId)).toEqual(['internal', 'DKR-900']);
    expect(findings[0].message).toContain('DKR-901');
    expect(findings[0].message).toContain('boom');
  });

  it('applies disabled rules, severity overrides and the minimum severity', () => {
    const file = syntheticFile('bad\n');
    expect(lint(file, [wordRule], { disabledRules: ['DKR-900'] })).toEqual([]);
    expect(lint(file, [wordRule], { severityOverrides: { 'DKR-900': 'critical' } })[0].severity).toBe('critical');
    expect(lint(file, [wordRule], { minimumSeverity: 'high' })).toEqual([]);
    expect(lint(file, [wordRule], { minimumSeverity: 'medium' })).toHaveLength(1);
  });

  it('only runs rules of the file target', () => {
    const other = { ...wordRule, id: 'K8S-900', target: 'kubernetes' } as AnyRule;
    expect(lint(syntheticFile('bad\n'), [other])).toEqual([]);
  });
});

describe('suppressions', () => {
  it('honours shiftguard-ignore on the line before or the same line, for the named rules only', () => {
    const text = '# shiftguard-ignore DKR-900 -- reviewed\nbad\nbad # shiftguard-ignore DKR-900\nbad\n# shiftguard-ignore DKR-123\nbad\n';
    expect(lint(syntheticFile(text), [wordRule]).map((f) => f.range.start.line)).toEqual([3, 5]);
  });

  it('honours shiftguard-ignore-file anywhere', () => {
    expect(lint(syntheticFile('bad\nbad\n# shiftguard-ignore-file DKR-900, DKR-901 -- test data\n'), [wordRule])).toEqual([]);
  });
});

describe('fixes', () => {
  const reparse = (text: string) => syntheticFile(text);

  it('applies safe fixes and keeps every other byte', async () => {
    const file = syntheticFile('bad\r\nx bad y\r\n');
    const outcome = await applyFixes(file, lint(file, [wordRule]), reparse);
    expect(outcome.output).toBe('good\r\nx good y\r\n');
    expect(outcome.applied).toHaveLength(2);
  });

  it('refuses a fix whose output would no longer parse', async () => {
    const breaking = defineRule({
      ...wordRule,
      id: 'DKR-902',
      check({ file, report }) {
        wordRule.check({ file, module: undefined, options: {}, report: (d) => report({ ...d, fix: { title: 'break', edits: d.fix!.edits.map((e) => ({ ...e, newText: '!!' })) } }) });
      },
    });
    const file = syntheticFile('bad\nok\n');
    const outcome = await applyFixes(file, lint(file, [breaking]), reparse);
    expect(outcome.output).toBe('bad\nok\n');
    expect(outcome.refused.map((r) => r.reason)).toEqual(['the result would not parse']);
  });

  it('keeps the first of overlapping fixes and applies the rest on the next pass', async () => {
    const twice = defineRule({
      ...wordRule,
      id: 'DKR-903',
      messages: { ...wordRule.messages, again: 'Found "{{word}}" again.' },
      check(context) {
        wordRule.check(context);
        // The same place again, another finding: two findings whose fixes overlap.
        wordRule.check({ ...context, report: (d) => context.report({ ...d, messageId: 'again' as 'bad' }) });
      },
    });
    const file = syntheticFile('bad\n');
    const once = await applyFixes(file, lint(file, [twice]), reparse);
    expect(once.applied).toHaveLength(1);
    expect(once.refused).toHaveLength(1);
    const stable = await fixUntilStable(file, (f) => lint(f, [twice]), reparse);
    expect(stable.output).toBe('good\n');
  });

  it('reports a finding once when a rule reports it again (instances of one block)', () => {
    const again = defineRule({
      ...wordRule,
      id: 'DKR-904',
      check(context) {
        wordRule.check(context);
        wordRule.check(context);
      },
    });
    expect(lint(syntheticFile('bad\n'), [again])).toHaveLength(1);
  });

  it('keeps the first finding of a rule at a range when instances word it differently', () => {
    const worded = defineRule({
      ...wordRule,
      id: 'DKR-905',
      check(context) {
        wordRule.check(context);
        wordRule.check({ ...context, report: (d) => context.report({ ...d, data: { word: 'bad[1]' } }) });
      },
    });
    expect(lint(syntheticFile('bad\n'), [worded]).map((f) => f.message)).toEqual(['Found "bad".']);
  });

  it('fills message placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('{{a}} and {{ b }} and {{c}}', { a: 1, b: 'two' })).toBe('1 and two and {{c}}');
  });
});

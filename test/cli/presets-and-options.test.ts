import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineRule, type AnyRule } from '../../server/src/engine/rule';
import { makeTree, runCli } from '../helpers/cli';
import { rules as catalog } from '../../rules';

/** Reports every line longer than its `maximum` option. */
const widthRule = defineRule({
  id: 'DKR-911',
  title: 'Keep lines short',
  target: 'dockerfile',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['4.4'],
  docs: { rationale: 'Long lines hide what an instruction does.', remediation: 'Break long lines.' },
  messages: { long: 'Line longer than {{maximum}} characters.' },
  examples: { bad: 'FROM alpine\n', good: 'FROM alpine\n' },
  options: {
    maximum: { type: 'number', default: 20, integer: true, minimum: 1, description: 'Longest line allowed, in characters.' },
    strictMode: { type: 'boolean', default: false, description: 'Whether comments count as well.' },
  },
  check({ file, report, options }) {
    const maximum = options.maximum as number;
    file.text.split('\n').forEach((line, index) => {
      if (line.length > maximum) report({ at: file.lines.rangeOf(file.lines.lineStarts[index], file.lines.lineStarts[index] + 4), messageId: 'long', data: { maximum } });
    });
  },
}) as unknown as AnyRule;

/** Opinionated: reports every Dockerfile. */
const strictRule = defineRule({
  id: 'DKR-912',
  title: 'Say hello',
  target: 'dockerfile',
  severity: 'low',
  preset: 'strict',
  requirements: ['4.4'],
  docs: { rationale: 'Only the strict preset runs this rule.', remediation: 'None needed.' },
  messages: { hello: 'Hello from the strict preset.' },
  examples: { bad: 'FROM alpine\n', good: 'FROM alpine\n' },
  check({ file, report }) {
    report({ at: file.lines.rangeOf(0, 4), messageId: 'hello' });
  },
}) as unknown as AnyRule;

const rules = [widthRule, strictRule];
const dockerfile = 'FROM alpine:3.20 AS base\nUSER 10001\n';

async function findings(args: string[]): Promise<{ code: number; ids: string[]; messages: string[]; stderr: string }> {
  const run = await runCli(['lint', '--format', 'json', ...args], { cwd: makeTree({ Dockerfile: dockerfile }), rules });
  const report = run.code === 2 ? { files: [] } : (JSON.parse(run.stdout) as { files: { findings: { ruleId: string; message: string }[] }[] });
  const all = report.files.flatMap((f) => f.findings);
  return { code: run.code, ids: all.map((f) => f.ruleId), messages: all.map((f) => f.message), stderr: run.stderr };
}

describe('--preset', () => {
  it('runs only recommended rules by default, and every rule with strict', async () => {
    expect((await findings([])).ids).toEqual(['DKR-911']);
    expect((await findings(['--preset', 'recommended'])).ids).toEqual(['DKR-911']);
    expect((await findings(['--preset', 'strict'])).ids).toEqual(['DKR-911', 'DKR-912']);
  });

  it('rejects an unknown preset', async () => {
    const run = await findings(['--preset', 'paranoid']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('shiftguard: invalid value for --preset: "paranoid" (expected recommended, strict)\n');
  });

  it('lists the strict rules only with --preset strict, in every format', async () => {
    const cwd = makeTree({});
    const json = async (args: string[]) =>
      (JSON.parse((await runCli(['rules', '--format', 'json', ...args], { cwd })).stdout) as { id: string; preset: string }[]);
    const recommended = await json([]);
    const strict = await json(['--preset', 'strict']);
    expect(recommended.every((r) => r.preset === 'recommended')).toBe(true);
    expect(strict.map((r) => r.id)).toEqual(catalog.map((r) => r.id));
    expect(strict.filter((r) => r.preset === 'strict').map((r) => r.id)).toEqual(catalog.filter((r) => r.preset === 'strict').map((r) => r.id));
    expect(strict.length).toBeGreaterThan(recommended.length);
    const text = (await runCli(['rules', '--preset', 'strict'], { cwd, rules })).stdout;
    expect(text.split('\n').slice(0, 4)).toEqual([
      'DKR-911  medium  dockerfile  Keep lines short  [req 4.4]  (CM-2, CM-7, SI-2, SA-22, A.8.8, A.8.9, A.8.19)',
      '',
      'Only in the strict preset:',
      'DKR-912  low     dockerfile  Say hello  [req 4.4]  (CM-2, CM-7, SI-2, SA-22, A.8.8, A.8.9, A.8.19)',
    ]);
    const markdown = (await runCli(['rules', '--format', 'markdown', '--preset', 'strict'], { cwd, rules })).stdout;
    expect(markdown).toContain('| [DKR-912](#dkr-912) | low | strict | dockerfile | Say hello | 4.4 |');
    expect(markdown).toContain('Severity: low · Preset: strict · Target: dockerfile');
    expect(markdown).toContain('- `maximum` (number, default `20`): Longest line allowed, in characters.');
  });
});

describe('--rule-option', () => {
  it('uses the documented default, and the value given', async () => {
    expect((await findings([])).messages).toEqual(['Line longer than 20 characters.']);
    expect((await findings(['--rule-option', 'DKR-911.maximum=30'])).ids).toEqual([]);
    expect((await findings(['--rule-option', 'DKR-911.maximum=5', '--rule-option', 'DKR-911.strictMode=true'])).messages).toEqual([
      'Line longer than 5 characters.',
      'Line longer than 5 characters.',
    ]);
  });

  it.each([
    ['DKR-999.maximum=3', 'unknown rule id "DKR-999"'],
    ['DKR-911.minimum=3', 'DKR-911 has no option "minimum" (options: maximum, strictMode)'],
    ['DKR-912.maximum=3', 'DKR-912 has no option "maximum" (it takes none)'],
    ['DKR-911.maximum=ten', 'invalid value for DKR-911.maximum: "ten" (expected a number)'],
    ['DKR-911.maximum=2.5', 'invalid value for DKR-911.maximum: "2.5" (expected a whole number)'],
    ['DKR-911.maximum=0', 'invalid value for DKR-911.maximum: "0" (at least 1)'],
    ['DKR-911.maximum=', 'invalid value for DKR-911.maximum: "" (expected a number)'],
    ['DKR-911.strictMode=yes', 'invalid value for DKR-911.strictMode: "yes" (expected a boolean)'],
    ['maximum=3', '"maximum=3" is not RULE.NAME=VALUE, e.g. TF-022.minimumDays=365'],
  ])('rejects %s with a usage error', async (option, message) => {
    const run = await findings(['--rule-option', option]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`shiftguard: invalid --rule-option: ${message}\n`);
  });
});

describe('presets and options in lint worker threads (built CLI)', () => {
  // More than 16 files: the built CLI checks them in worker threads, which load the catalog themselves.
  const groups = Object.fromEntries(
    Array.from({ length: 20 }, (_, i) => [`logs/g${i}.tf`, `resource "aws_cloudwatch_log_group" "g${i}" {\n  name              = "/g${i}"\n  retention_in_days = 90\n}\n`]),
  );
  const cli = join(__dirname, '..', '..', 'dist', 'cli.js');
  const ids = (args: string[]) => {
    const run = spawnSync(process.execPath, [cli, 'lint', '.', '--format', 'json', ...args], { cwd: makeTree(groups), encoding: 'utf8', timeout: 60_000 });
    const files = JSON.parse(run.stdout).files as { findings: { ruleId: string }[] }[];
    return files.flatMap((f) => f.findings.map((x) => x.ruleId)).sort();
  };

  it('applies the preset and the option values in every worker', () => {
    expect(ids([])).toEqual([]);
    expect(ids(['--rule-option', 'TF-022.minimumDays=365'])).toEqual(Array(20).fill('TF-022'));
    expect(ids(['--preset', 'strict'])).toEqual(Array(20).fill('TF-021'));
  }, 120_000);
});

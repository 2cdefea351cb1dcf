import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { check, type Diagnostics } from 'recheck';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../../rules';
import { parseCommandLine, parseSize, UsageError } from '../../server/src/cli/args';
import { lint } from '../../server/src/engine/lint';
import { callFunction } from '../../server/src/engine/terraform/functions';
import { initParsers, parseSource } from '../../server/src/parsers';
import { collectRegexes, instantiateTemplate, type DynamicPattern, type RegexInventory } from './regex-inventory';
import { attackInputs, timePattern } from './regex-timing';

const root = resolve(__dirname, '../..');
/** The code that reads users' files: parsers, engine, rules, CLI, language server, editor client. */
const folders = ['server/src', 'rules', 'client/src'];

/**
 * The automaton checker decides from the pattern alone, so its verdict does not depend on the
 * machine's load; recheck's fuzzing checker measures match steps under time limits and, on a busy
 * machine, calls linear patterns vulnerable. Its default limits send patterns with bounded repeats
 * (`{0,200}`) to the fuzzer: raised, such repeats are unrolled and checked exactly. What it cannot
 * analyse (back-references, look-behind after the start) comes back `unknown`.
 */
const recheckParams = {
  checker: 'automaton',
  maxNFASize: 1_000_000,
  maxRepeatCount: 100_000,
  maxPatternSize: 100_000,
  timeout: 20_000,
} as const;

/** Time for one 50,000-character input: linear patterns need a few milliseconds, quadratic ones seconds. */
const attackLimitMs = 1_000;

/**
 * Patterns recheck cannot decide, each confirmed linear by running it over long runs of its own
 * characters (see `attackInputs`) and the inputs given here. Keyed by `/source/flags`.
 */
const undecided: Record<string, { why: string; inputs?: string[] }> = {
  '/^(.)\\1*$/': {
    why: 'anchored at the start, so tried once; the back-reference repeats one fixed character and backtracks at most once over the run',
  },
};

/**
 * Patterns built at run time, reviewed one by one. `samples` gives a value for each `${...}` of a
 * template; the resulting pattern is checked like a literal.
 */
const reviewedDynamic: { file: string; call: string; why: string; samples: Record<string, string> }[] = [
  {
    file: 'server/src/parsers/terraform/hcl-diagnostics.ts',
    call: "new RegExp(`(?:^|\\\\s)${escaped}:(\\\\d+),(\\\\d+)-(?:(\\\\d+),)?(\\\\d+): `, 'g')",
    why: 'the file name, with every regex metacharacter escaped just before, is a literal prefix; the rest is fixed',
    samples: { escaped: 'modules/network/main\\.tf' },
  },
  {
    file: 'server/src/parsers/terraform/hcl-diagnostics.ts',
    call: "new RegExp(`${escaped}:(\\\\d+),(\\\\d+)-(?:\\\\d+,)?\\\\d+`, 'g')",
    why: 'same escaped file name as the marker above, as a literal prefix',
    samples: { escaped: 'modules/network/main\\.tf' },
  },
];

const key = (p: { source: string; flags: string }) => `/${p.source}/${p.flags}`;
const at = (p: { file: string; line: number; column: number }) => `${p.file}:${p.line}:${p.column}`;
const sameCall = (d: DynamicPattern, r: { file: string; call: string }) => d.file === r.file && d.call === r.call;

describe('regular expressions on user text', () => {
  let inventory: RegexInventory;
  const verdicts = new Map<string, Diagnostics>();
  const sampled = new Map<DynamicPattern, { source: string; flags: string }>();

  beforeAll(async () => {
    inventory = collectRegexes(root, folders);
    const patterns = new Map<string, { source: string; flags: string }>();
    for (const literal of inventory.literals) patterns.set(key(literal), literal);
    for (const entry of reviewedDynamic) {
      const found = inventory.dynamic.find((d) => sameCall(d, entry));
      if (!found?.template) continue;
      const pattern = { source: instantiateTemplate(found.template, entry.samples), flags: found.flags ?? '' };
      sampled.set(found, pattern);
      patterns.set(key(pattern), pattern);
    }
    // One at a time: recheck's agent answers concurrent requests no sooner.
    for (const [name, pattern] of patterns) verdicts.set(name, await check(pattern.source, pattern.flags, recheckParams));
  }, 60_000);

  it('are collected from every folder of the product', () => {
    for (const folder of folders) {
      expect(inventory.literals.some((l) => l.file.startsWith(`${folder}/`)), folder).toBe(true);
    }
  });

  it('have no super-linear backtracking (recheck)', () => {
    const vulnerable: string[] = [];
    for (const literal of inventory.literals) {
      const verdict = verdicts.get(key(literal))!;
      if (verdict.status === 'vulnerable') {
        vulnerable.push(`${at(literal)} ${key(literal)}: ${verdict.complexity.summary}; attack: ${verdict.attack.pattern}`);
      }
    }
    expect(vulnerable).toEqual([]);
  });

  it('that recheck cannot decide are exactly the ones confirmed by timing', () => {
    const unknown = new Map<string, string>();
    for (const literal of inventory.literals) {
      const verdict = verdicts.get(key(literal))!;
      if (verdict.status === 'unknown') unknown.set(key(literal), `${at(literal)} ${key(literal)}: ${JSON.stringify(verdict.error)}`);
    }
    expect([...unknown.keys()].sort(), [...unknown.values()].join('\n')).toEqual(Object.keys(undecided).sort());
  });

  it.each(Object.entries(undecided))('%s stays linear on long runs of its characters', async (name, entry) => {
    const end = name.lastIndexOf('/');
    const source = name.slice(1, end);
    const result = await timePattern(source, name.slice(end + 1), attackInputs(source, entry.inputs), attackLimitMs);
    expect(result.stopped, `stopped on ${result.slowestInput}`).toBe(false);
    expect(result.slowestMs, `slowest: ${result.slowestInput}`).toBeLessThan(attackLimitMs);
  });

  it('built at run time are all reviewed, and every review is still in the code', () => {
    const unreviewed = inventory.dynamic.filter((d) => !reviewedDynamic.some((r) => sameCall(d, r)));
    expect(unreviewed.map((d) => `${at(d)} ${d.call}`), 'review these and add them to reviewedDynamic').toEqual([]);
    const stale = reviewedDynamic.filter((r) => !inventory.dynamic.some((d) => sameCall(d, r)));
    expect(stale.map((r) => `${r.file}: ${r.call}`), 'no longer in the code').toEqual([]);
  });

  it('built at run time are linear with sample values', () => {
    expect(sampled.size).toBe(reviewedDynamic.length);
    const notSafe = [...sampled].filter(([, pattern]) => verdicts.get(key(pattern))!.status !== 'safe');
    expect(notSafe.map(([d, pattern]) => `${at(d)} ${key(pattern)}: ${verdicts.get(key(pattern))!.status}`)).toEqual([]);
  });
});

describe('the regular expression collector', () => {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });

  it('finds literals, RegExp calls, and strings used as patterns', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shiftguard-regex-'));
    made.push(dir);
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, target: 'ES2022', lib: ['ES2022'], types: [] } }));
    writeFileSync(
      join(dir, 'src/a.ts'),
      [
        'const literal = /a+b/g;',
        "const fromString = new RegExp('c+d', 'i');",
        'const called = RegExp(`e+f`);',
        'const copy = new RegExp(literal);',
        "const reflagged = new RegExp(/g+h/, 'y');",
        'export function f(user: string, pattern: RegExp) {',
        '  const built = new RegExp(`^${user}$`);',
        "  return [user.match(user), user.search('x+y'), user.match(pattern), user.matchAll(literal), built, copy, called, fromString, reflagged];",
        '}',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'src/b.cjs'), 'module.exports = (s, p) => s.match(p);\n');
    const found = collectRegexes(dir, ['src']);
    expect(found.literals.map((l) => `${l.file}:${l.line}:${l.column} ${key(l)}`)).toEqual([
      'src/a.ts:1:17 /a+b/g',
      'src/a.ts:2:20 /c+d/i',
      'src/a.ts:3:16 /e+f/',
      'src/a.ts:5:19 /g+h/y',
      'src/a.ts:5:30 /g+h/',
      'src/a.ts:8:29 /x+y/',
    ]);
    expect(found.dynamic.map((d) => `${d.file}:${d.line}:${d.column} ${d.call}`)).toEqual([
      'src/a.ts:7:17 new RegExp(`^${user}$`)',
      'src/a.ts:8:11 user.match(user)',
      'src/b.cjs:1:28 s.match(p)',
    ]);
    expect(found.dynamic[0].template).toEqual({ head: '^', spans: [{ expression: 'user', literal: '$' }] });
  });
});

/** Long enough that the quadratic patterns these inputs were written against took many seconds. */
const runLength = 100_000;
const run = (c: string) => c.repeat(runLength);
const origin = { path: 'main.tf', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };

function lintText(path: string, text: string) {
  const file = parseSource(path, text);
  if (!file) throw new Error(`${path} is not a file Shiftguard lints`);
  return lint(file, rules);
}

/** Inputs reaching patterns that used to backtrack quadratically, through the code that reads them. */
const formerlyQuadratic: { name: string; input: () => unknown }[] = [
  {
    name: 'a COPY source with a run of slashes before its last one',
    input: () => lintText('Dockerfile', `FROM alpine:3.20\nENV GOOGLE_APPLICATION_CREDENTIALS=/k.json\nCOPY ${run('/')}x/ /app/\n`),
  },
  {
    name: 'a file size with a run of spaces before a bad unit',
    input: () => expect(() => parseSize(`0${run(' ')}x`)).toThrow(UsageError),
  },
  {
    name: 'an unknown option of quotes and a carriage return',
    input: () => expect(() => parseCommandLine(['lint', `--${run("'")}\r`])).toThrow(UsageError),
  },
  {
    name: 'Terraform format() with a run of zeros before a bad verb',
    input: () => expect(callFunction('format', [{ kind: 'string', value: `%0${run('0')}]%%` }], origin)).toMatchObject({ value: `%0${run('0')}]%` }),
  },
  {
    name: 'Terraform chomp() of blank lines ending in a carriage return',
    input: () => expect(callFunction('chomp', [{ kind: 'string', value: `${run('\n')}\r` }], origin)).toMatchObject({ value: `${run('\n')}\r` }),
  },
  {
    name: 'a shell flag of many c and a digit',
    input: () => lintText('Dockerfile', `FROM alpine:3.20\nRUN sh -${run('c')}1 true\n`),
  },
  {
    name: 'a YAML error quoting a run of spaces',
    input: () => {
      const findings = lintText('pod.yaml', `apiVersion: v1\nkind: Pod\nmetadata: |1 x${run(' ')}y\n b\n`);
      expect(findings.map((f) => f.message)).toContain(`Invalid YAML: Not a YAML token: x${run(' ')}y`);
    },
  },
];

describe('inputs that made former patterns backtrack', () => {
  beforeAll(() => initParsers());

  it.each(formerlyQuadratic)('$name', ({ input }) => {
    const start = performance.now();
    input();
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});

import { describe, expect, it } from 'vitest';
import { makeTree, runCli } from '../helpers/cli';
import { rules } from '../../rules';
import type { AnyRule } from '../../server/src/engine/rule';
import { lowRule } from './synthetic-rules';
import { safeJson, terminalSafe } from '../../server/src/cli/format/terminal';

/** What a terminal acts on instead of showing: C0, DEL, C1 and bidirectional controls. */
const controls = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Every string in a parsed JSON value. */
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

const clearScreen = '\u001b[2J';
const retitle = '\u001b]0;pwned\u0007';
const rightToLeft = '\u202e';

describe('terminal-safe text', () => {
  it('escapes control and bidirectional characters, and nothing else', () => {
    expect(terminalSafe(`a${clearScreen}b${retitle}\u009b31m\u007f\t\n\r\0${rightToLeft}x\u2066y\u2069`)).toBe(
      'a\\x1B[2Jb\\x1B]0;pwned\\x07\\x9B31m\\x7F\\x09\\x0A\\x0D\\x00\\u202Ex\\u2066y\\u2069',
    );
    expect(terminalSafe('café 🐳 日本 "quoted" C:\\path')).toBe('café 🐳 日本 "quoted" C:\\path');
  });

  it('keeps JSON equal as data while escaping what JSON.stringify leaves raw', () => {
    const value = { message: `x${rightToLeft}\u009b\u007f${clearScreen}é` };
    const json = safeJson(value);
    expect(json).not.toMatch(controls);
    expect(json).toContain('\\u202e\\u009b\\u007f\\u001b[2Jé');
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('untrusted text in the output', () => {
  // A directory name and a USER value from the file (a named user: strict), both quoted by the output.
  const files = { [`evil${clearScreen}/Dockerfile`]: `FROM alpine:3.22@sha256:${'a'.repeat(64)}\nUSER "${retitle}${rightToLeft}root"\n` };

  it('is escaped in the text format, even without color', async () => {
    const cwd = makeTree(files);
    const run = await runCli(['lint', '--no-color', '--preset', 'strict'], { cwd, rules });
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(controls);
    expect(run.stdout).toContain('evil\\x1B[2J/Dockerfile');
    expect(run.stdout).toContain('\\x1B]0;pwned\\x07\\u202Eroot');
  });

  it('is escaped in JSON and SARIF, which stay parseable to the same text', async () => {
    const cwd = makeTree(files);
    for (const format of ['json', 'sarif']) {
      const run = await runCli(['lint', '--format', format, '--preset', 'strict'], { cwd, rules });
      expect(run.stdout, format).not.toMatch(controls);
      expect(run.stdout, format).toContain('\\u001b]0;pwned\\u0007\\u202eroot');
      expect(strings(JSON.parse(run.stdout)).some((s) => s.includes(`${retitle}${rightToLeft}root`)), format).toBe(true);
    }
  });

  it('is escaped in usage errors on stderr', async () => {
    const cwd = makeTree({});
    const unknown = await runCli(['lint', `--x${clearScreen}`], { cwd, rules });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('shiftguard: unknown option --x\\x1B[2J\n');
    const missing = await runCli(['lint', `no${retitle}where`], { cwd, rules });
    expect(missing.stderr).not.toMatch(controls);
    expect(missing.stderr).toContain('no\\x1B]0;pwned\\x07where');
  });

  it('is escaped in the rules table', async () => {
    const odd: AnyRule = { ...lowRule, title: `Shown ${clearScreen}as written` };
    const run = await runCli(['rules'], { cwd: makeTree({}), rules: [odd] });
    expect(run.stdout).not.toMatch(controls);
    expect(run.stdout).toContain('Shown \\x1B[2Jas written');
  });
});

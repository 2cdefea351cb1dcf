import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree, runCli } from '../helpers/cli';
import { lowRule, pinRule, testRules, throwingRule } from './synthetic-rules';
import { parseSize } from '../../server/src/cli/args';
import packageJson from '../../package.json';

const clean = 'FROM alpine:3.20\nLABEL owner=a\nUSER 10001\n';
const pinned = (tag: string) => `FROM alpine:${tag}\nLABEL owner=a\nUSER 10001\n`;

describe('command line', () => {
  it('prints help and version', async () => {
    const cwd = makeTree({});
    const help = await runCli(['--help'], { cwd });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: shiftguard');
    const version = await runCli(['--version'], { cwd });
    expect(version).toEqual({ code: 0, stdout: `${packageJson.version}\n`, stderr: '' });
  });

  it.each([
    [[], 'missing command'],
    [['check'], 'unknown command "check"'],
    [['lint', '--frobnicate'], 'unknown option --frobnicate'],
    [['lint', '--format', 'xml'], 'invalid value for --format: "xml"'],
    [['lint', '--severity', 'urgent'], 'invalid value for --severity: "urgent"'],
    [['lint', '--max-file-size', 'big'], 'invalid value for --max-file-size'],
    [['lint', '--disable', 'DKR-999'], 'unknown rule id for --disable: DKR-999'],
    [['lint', 'no/such/dir'], 'no such file or directory: no/such/dir'],
    [['lint', '--format'], "option '--format <value>' argument missing"],
    [['rules', '--format', 'sarif'], 'invalid value for --format: "sarif"'],
  ])('exits 2 with one line on stderr for %j', async (argv, message) => {
    const cwd = makeTree({ Dockerfile: clean });
    const run = await runCli(argv, { cwd, rules: testRules });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('parses sizes', () => {
    expect(parseSize('8MiB')).toBe(8 * 1024 * 1024);
    expect(parseSize('500k')).toBe(500 * 1024);
    expect(parseSize('1.5M')).toBe(1.5 * 1024 * 1024);
    expect(parseSize('1024')).toBe(1024);
  });
});

describe('exit codes', () => {
  it('is 0 without findings, 1 with findings', async () => {
    const cwd = makeTree({ 'a/Dockerfile': clean });
    expect((await runCli(['lint'], { cwd, rules: testRules })).code).toBe(0);
    const dirty = makeTree({ 'a/Dockerfile': pinned('latest') });
    expect((await runCli(['lint'], { cwd: dirty, rules: testRules })).code).toBe(1);
  });

  it('ignores findings below --severity, for output and exit code', async () => {
    const cwd = makeTree({ Dockerfile: 'FROM alpine:3.20\n' });
    const low = await runCli(['lint'], { cwd, rules: testRules });
    expect(low.code).toBe(1);
    expect(low.stdout).toContain('DKR-902');
    const high = await runCli(['lint', '--severity', 'high'], { cwd, rules: testRules });
    expect(high.code).toBe(0);
    expect(high.stdout).not.toContain('DKR-902');
  });

  it('does not run disabled rules', async () => {
    const cwd = makeTree({ Dockerfile: pinned('latest') });
    const run = await runCli(['lint', '--disable', 'DKR-901, DKR-902'], { cwd, rules: testRules });
    expect(run.code).toBe(0);
  });

  it('is 2 when a rule fails, and still reports the other files', async () => {
    const cwd = makeTree({ 'a/Dockerfile': 'FROM alpine # boom\n', 'b/Dockerfile': pinned('latest') });
    const run = await runCli(['lint'], { cwd, rules: [pinRule, throwingRule] });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('internal');
    expect(run.stdout).toContain('Rule DKR-903 failed on this file: boom');
    expect(run.stdout).toContain('b/Dockerfile');
    expect(run.stdout).toContain('DKR-901');
    expect(run.stderr).toBe('shiftguard: internal error while checking 1 file (see the "internal" findings)\n');
  });
});

describe('file walking', () => {
  it('honours nested .gitignore files and skips dependency folders', async () => {
    const cwd = makeTree({
      '.gitignore': 'build/\n*.generated.Dockerfile\n',
      'Dockerfile': clean,
      'build/Dockerfile': clean,
      'app/x.generated.Dockerfile': clean,
      'app/.gitignore': 'local/\n!keep.generated.Dockerfile\n',
      'app/keep.generated.Dockerfile': clean,
      'app/local/Dockerfile': clean,
      'app/Dockerfile': clean,
      'other/local/Dockerfile': clean,
      'node_modules/pkg/Dockerfile': clean,
      'infra/.terraform/modules/m/Dockerfile': clean,
      '.git/Dockerfile': clean,
      'README.md': '# not linted\n',
    });
    const run = await runCli(['lint', '--format', 'json'], { cwd, rules: testRules });
    const paths = JSON.parse(run.stdout).files.map((f: { path: string }) => f.path);
    expect(paths).toEqual(['Dockerfile', 'app/Dockerfile', 'app/keep.generated.Dockerfile', 'other/local/Dockerfile']);
  });

  it('honours the .gitignore files above a walked folder inside the work tree', async () => {
    const cwd = makeTree({ '.git/HEAD': '', '.gitignore': 'sub/gen/\n', 'sub/Dockerfile': clean, 'sub/gen/Dockerfile': clean });
    const run = await runCli(['lint', 'sub', '--format', 'json'], { cwd, rules: testRules });
    expect(JSON.parse(run.stdout).files.map((f: { path: string }) => f.path)).toEqual(['sub/Dockerfile']);
  });

  it('walks folders with names the ignore library refuses', async () => {
    const cwd = makeTree({ '.gitignore': '*.tmp\n', '.../Dockerfile': clean, '..x/Dockerfile': clean });
    const run = await runCli(['lint', '--format', 'json'], { cwd, rules: testRules });
    expect(JSON.parse(run.stdout).files.map((f: { path: string }) => f.path)).toEqual(['.../Dockerfile', '..x/Dockerfile']);
  });

  it('always checks files named on the command line', async () => {
    const cwd = makeTree({ '.gitignore': 'ignored.Dockerfile\n', 'ignored.Dockerfile': pinned('latest'), 'notes.txt': 'x' });
    const run = await runCli(['lint', 'ignored.Dockerfile', 'notes.txt', 'ignored.Dockerfile', '--format', 'json'], {
      cwd,
      rules: testRules,
    });
    const report = JSON.parse(run.stdout);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['ignored.Dockerfile', 'notes.txt']);
    expect(report.files[1]).toMatchObject({ kind: null, findings: [{ ruleId: 'skipped', severity: 'info' }] });
    expect(run.code).toBe(1);
  });

  it('shows paths relative to the working directory', async () => {
    const cwd = makeTree({ 'deep/er/Dockerfile': pinned('latest') });
    const run = await runCli(['lint', join(cwd, 'deep')], { cwd: join(cwd, 'deep', 'er'), rules: testRules });
    expect(run.stdout.split('\n')[0]).toBe('Dockerfile');
  });
});

describe('bad input', () => {
  it('reports binary and oversized files and goes on', async () => {
    const cwd = makeTree({
      'bin.Dockerfile': new Uint8Array([0x46, 0x52, 0x00, 0x4d]),
      'big.Dockerfile': `${pinned('3.20')}${'#'.repeat(2000)}\n`,
      'Dockerfile': pinned('latest'),
    });
    const run = await runCli(['lint', '--format', 'json', '--max-file-size', '1KiB'], { cwd, rules: testRules });
    const files = JSON.parse(run.stdout).files;
    expect(files.map((f: { path: string }) => f.path)).toEqual(['Dockerfile', 'big.Dockerfile', 'bin.Dockerfile']);
    expect(files[0].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['DKR-901']);
    expect(files[1].findings).toEqual([
      expect.objectContaining({
        ruleId: 'skipped',
        severity: 'error',
        message: 'File is 2 KiB, over the 1 KiB limit (--max-file-size); not checked.',
        range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
      }),
    ]);
    expect(files[2].findings).toEqual([expect.objectContaining({ ruleId: 'skipped', severity: 'error', message: 'NUL byte at 1:3; the file cannot be checked.' })]);
    expect(run.code).toBe(1);
  });

  it('fails on a binary file alone: a file named as one it checks that it cannot read is an error', async () => {
    const cwd = makeTree({ 'Dockerfile': new Uint8Array([0, 1, 2]) });
    const run = await runCli(['lint'], { cwd, rules: testRules });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('1:1  error  skipped  NUL byte at 1:1; the file cannot be checked');
  });

  it('lints text that is not valid UTF-8', async () => {
    const bytes = Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from('\nFROM alpine:latest\n')]);
    const cwd = makeTree({ Dockerfile: bytes });
    const run = await runCli(['lint', '--format', 'json', '--fix'], { cwd, rules: [pinRule] });
    const findings = JSON.parse(run.stdout).files[0].findings;
    expect(findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['skipped', 'DKR-901']);
    expect(findings[0].message).toBe('Not valid UTF-8: fixes were not written.');
    expect(readFileSync(join(cwd, 'Dockerfile'))).toEqual(bytes);
  });
});

describe('text format', () => {
  it('groups findings by file with a summary', async () => {
    const cwd = makeTree({ 'a/Dockerfile': 'FROM alpine:latest\n', 'b/Dockerfile': clean, 'c/Dockerfile': pinned('latest') });
    const run = await runCli(['lint'], { cwd, rules: testRules });
    expect(run.stdout).toBe(
      [
        'a/Dockerfile',
        '  1:1   low   DKR-902  No owner label.  [req 7.1]',
        '  1:13  high  DKR-901  The tag "latest" moves.  [req 4.4]',
        '',
        'c/Dockerfile',
        '  1:13  high  DKR-901  The tag "latest" moves.  [req 4.4]',
        '',
        '✖ 3 findings (2 high, 1 low) in 2 files, 3 files checked',
        '2 fixable with --fix',
        '',
      ].join('\n'),
    );
  });

  it('says so when there is nothing to report, and --quiet drops the summary', async () => {
    const cwd = makeTree({ Dockerfile: clean });
    expect((await runCli(['lint'], { cwd, rules: testRules })).stdout).toBe('✔ no findings in 1 file\n');
    expect((await runCli(['lint', '--quiet'], { cwd, rules: testRules })).stdout).toBe('');
  });

  it('colours only a terminal, and never with NO_COLOR or --no-color', async () => {
    const cwd = makeTree({ Dockerfile: pinned('latest') });
    const escape = '\u001b[';
    expect((await runCli(['lint'], { cwd, rules: testRules, isTTY: true, env: {} })).stdout).toContain(escape);
    expect((await runCli(['lint'], { cwd, rules: testRules, isTTY: false, env: {} })).stdout).not.toContain(escape);
    expect((await runCli(['lint'], { cwd, rules: testRules, isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(escape);
    expect((await runCli(['lint', '--no-color'], { cwd, rules: testRules, isTTY: true, env: {} })).stdout).not.toContain(escape);
  });

  it('writes the report to --output', async () => {
    const cwd = makeTree({ Dockerfile: pinned('latest') });
    const run = await runCli(['lint', '--output', 'report.txt'], { cwd, rules: testRules });
    expect(run.stdout).toBe('');
    expect(run.code).toBe(1);
    expect(readFileSync(join(cwd, 'report.txt'), 'utf8')).toContain('DKR-901');
  });
});

describe('the summary', () => {
  it('counts the files that were not checked in full among those checked', async () => {
    const cwd = makeTree({ 'a/Dockerfile': 'FROM alpine\0\n', 'b/Dockerfile': clean, 'c/Dockerfile': 'FROM alpine:latest\n' });
    const text = await runCli(['lint', '--no-color'], { cwd, rules: testRules });
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('in 2 files, 3 files checked, 1 of them not in full');
    const json = await runCli(['lint', '--format', 'json'], { cwd, rules: testRules });
    expect(JSON.parse(json.stdout).summary).toMatchObject({ filesChecked: 3, filesNotChecked: 1, filesWithFindings: 2 });
  });
});

describe('json format', () => {
  it('follows the documented shape', async () => {
    const cwd = makeTree({ 'app/Dockerfile': 'FROM alpine:latest\r\nLABEL owner=a\r\n', 'ok/Dockerfile': clean });
    const run = await runCli(['lint', '--format', 'json'], { cwd, rules: testRules });
    expect(JSON.parse(run.stdout)).toEqual({
      version: 1,
      tool: { name: 'shiftguard', version: packageJson.version },
      summary: {
        filesChecked: 2,
        filesNotChecked: 0,
        filesWithFindings: 1,
        findings: 1,
        bySeverity: { error: 0, critical: 0, high: 1, medium: 0, low: 0, info: 0 },
        fixable: 1,
        fixed: { problems: 0, files: 0 },
      },
      files: [
        {
          path: 'app/Dockerfile',
          kind: 'dockerfile',
          findings: [
            {
              ruleId: 'DKR-901',
              severity: 'high',
              message: 'The tag "latest" moves.',
              requirements: ['4.4'],
              range: { start: { line: 1, column: 13 }, end: { line: 1, column: 19 } },
              fix: {
                title: 'Pin to 3.20',
                edits: [{ range: { start: { line: 1, column: 13 }, end: { line: 1, column: 19 } }, newText: '3.20' }],
              },
              suggestions: [],
              related: [],
            },
          ],
        },
        { path: 'ok/Dockerfile', kind: 'dockerfile', findings: [] },
      ],
    });
  });
});

describe('--fix', () => {
  it('changes only the fixed bytes, keeping CRLF line ends and the BOM', async () => {
    const crlf = 'FROM alpine:latest AS a\r\nLABEL owner=a\r\nFROM busybox:latest\r\n';
    const bom = '\uFEFFFROM alpine:latest\nLABEL owner=a\n';
    const cwd = makeTree({ 'crlf/Dockerfile': crlf, 'bom/Dockerfile': bom, 'ok/Dockerfile': clean });
    const run = await runCli(['lint', '--fix'], { cwd, rules: testRules });
    expect(run.code).toBe(0);
    expect(readFileSync(join(cwd, 'crlf/Dockerfile'), 'utf8')).toBe(crlf.replaceAll(':latest', ':3.20'));
    expect(readFileSync(join(cwd, 'bom/Dockerfile'), 'utf8')).toBe('\uFEFFFROM alpine:3.20\nLABEL owner=a\n');
    expect(readFileSync(join(cwd, 'ok/Dockerfile'), 'utf8')).toBe(clean);
    expect(run.stdout).toBe('✔ no findings in 3 files\nfixed 3 problems in 2 files\n');
  });

  it('reports what is left after fixing', async () => {
    const cwd = makeTree({ Dockerfile: 'FROM alpine:latest\n' });
    const run = await runCli(['lint', '--fix', '--format', 'json'], { cwd, rules: testRules });
    const report = JSON.parse(run.stdout);
    expect(report.summary.fixed).toEqual({ problems: 1, files: 1 });
    expect(report.files[0].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['DKR-902']);
    expect(run.code).toBe(1);
  });

  it('leaves files alone without --fix, and fixes nothing below --severity', async () => {
    const cwd = makeTree({ Dockerfile: 'FROM alpine:latest\n' });
    await runCli(['lint'], { cwd, rules: testRules });
    expect(readFileSync(join(cwd, 'Dockerfile'), 'utf8')).toBe('FROM alpine:latest\n');
    await runCli(['lint', '--fix', '--severity', 'critical'], { cwd, rules: testRules });
    expect(readFileSync(join(cwd, 'Dockerfile'), 'utf8')).toBe('FROM alpine:latest\n');
  });
});

describe('rules command', () => {
  it('lists the catalog in text, json and markdown', async () => {
    const cwd = makeTree({});
    const text = await runCli(['rules'], { cwd, rules: [lowRule, pinRule] });
    expect(text.stdout.split('\n').slice(0, 2)).toEqual([
      'DKR-901  high  dockerfile  Pin the base image tag  [req 4.4]  (CM-2, SI-2)',
      'DKR-902  low   dockerfile  Add a maintainer note  [req 7.1]  (PL-2, PL-8, CA-2, CA-7, A.5.31, A.5.35, A.5.36)',
    ]);
    const json = JSON.parse((await runCli(['rules', '--format', 'json'], { cwd, rules: [pinRule] })).stdout);
    expect(json).toEqual([
      {
        id: 'DKR-901',
        title: 'Pin the base image tag',
        target: 'dockerfile',
        area: 'dockerfile',
        severity: 'high',
        preset: 'recommended',
        options: {},
        requirements: ['4.4'],
        controls: { nist80053: ['CM-2', 'SI-2'], iso27001: [], cis: ['CIS Docker Benchmark v1.6.0 4.2'] },
        docs: 'https://shiftguard.dev/rules/DKR-901',
      },
    ]);
    const markdown = (await runCli(['rules', '--format', 'markdown'], { cwd, rules: [pinRule] })).stdout;
    expect(markdown).toContain('| [DKR-901](#dkr-901) | high | recommended | dockerfile | Pin the base image tag | 4.4 |');
    expect(markdown).toContain('### DKR-901: Pin the base image tag');
    expect(markdown).toContain('| 4.4 Minimal, vendor-supported, regularly patched base images | [DKR-901](#dkr-901) |');
    expect(text.stdout).toContain('2 rules: Dockerfile 2');
  });

  it('lists the real catalog by default', async () => {
    const run = await runCli(['rules', '--format', 'json'], { cwd: makeTree({}) });
    expect(run.code).toBe(0);
    expect(Array.isArray(JSON.parse(run.stdout))).toBe(true);
  });
});

import fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { makeTree, runCli } from '../helpers/cli';
import { testRules } from './synthetic-rules';

vi.mock('../../server/src/parsers', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../server/src/parsers')>();
  return {
    ...actual,
    parseSource: (path: string, text: string) => {
      if (path.includes('crash')) throw new Error('parser defect');
      return actual.parseSource(path, text);
    },
    parseSourceChecked: async (path: string, text: string) => {
      if (path.includes('crash')) throw new Error('parser defect');
      return actual.parseSourceChecked(path, text);
    },
  };
});

describe('robustness', () => {
  it('reports a parser crash as internal and checks the other files', async () => {
    const cwd = makeTree({ 'crash.Dockerfile': 'FROM alpine\n', 'Dockerfile': 'FROM alpine:latest\n' });
    const run = await runCli(['lint', '--format', 'json'], { cwd, rules: testRules });
    const files = JSON.parse(run.stdout).files;
    expect(files[0].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['DKR-902', 'DKR-901']);
    expect(files[1].findings).toEqual([
      expect.objectContaining({
        ruleId: 'internal',
        severity: 'error',
        message: 'Shiftguard failed on this file: parser defect',
        range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
      }),
    ]);
    expect(run.code).toBe(2);
  });

  // Root reads and lists anything whatever its mode, so the failures are simulated.
  it.each([
    {
      what: 'a file',
      call: 'openSync' as const,
      locked: 'locked.Dockerfile',
      error: "EACCES: permission denied, open 'locked.Dockerfile'",
      reported: "locked.Dockerfile\n  1:1  error  skipped  Cannot read file: EACCES: permission denied, open 'locked.Dockerfile'\n",
    },
    {
      what: 'a directory',
      call: 'readdirSync' as const,
      locked: 'locked',
      error: "EACCES: permission denied, scandir 'locked'",
      reported: "locked\n  1:1  error  skipped  Cannot read this directory (EACCES: permission denied, scandir 'locked'); its files were not checked.\n",
    },
  ])('reports $what it cannot read as an error and checks the other files', async ({ call, locked, error, reported }) => {
    const cwd = makeTree({ 'locked.Dockerfile': 'FROM alpine\n', 'locked/Dockerfile': 'FROM alpine\n', 'Dockerfile': 'FROM alpine:latest\n' });
    const original = fs[call] as (...args: unknown[]) => unknown;
    const spy = vi.spyOn(fs, call).mockImplementation(((path: string, ...rest: unknown[]) => {
      if (String(path).endsWith(locked)) throw Object.assign(new Error(error), { code: 'EACCES' });
      return original(path, ...rest);
    }) as never);
    try {
      const run = await runCli(['lint'], { cwd, rules: testRules });
      expect(run.stdout).toContain(reported);
      expect(run.stdout).toContain('DKR-901');
      expect(run.code).toBe(1);
    } finally {
      spy.mockRestore();
    }
  });
});

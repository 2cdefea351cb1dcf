import { beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../../rules';
import { parseCommandLine, parseSize, UsageError } from '../../server/src/cli/args';
import { lint } from '../../server/src/engine/lint';
import { callFunction } from '../../server/src/engine/terraform/functions';
import { initParsers, parseSource } from '../../server/src/parsers';

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

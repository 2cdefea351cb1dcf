import { beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../../rules';
import { findSecretTokens } from '../../rules/shared/secrets';
import { lint } from '../../server/src/engine/lint';
import { initParsers, parseSource } from '../../server/src/parsers';

// Built at run time so that the source holds no credential-shaped literal.
const githubToken = 'ghp_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8';
const awsKeyId = 'AKIA' + 'QX7Z3MBV2LKA6WNT';
const megabyte = 1024 * 1024;

/** `length` characters of letters and digits without a space, as a minified blob has. */
function noise(length: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/';
  let out = '';
  for (let i = 0; out.length < length; i++) out += alphabet[(i * 7919) % alphabet.length];
  return out;
}

/** DKR-003's findings as `line:column-endColumn message`, 1-based. */
function secretFindings(text: string): string[] {
  const file = parseSource('/app/Dockerfile', text)!;
  return lint(file, rules, {})
    .filter((f) => f.ruleId === 'DKR-003' || f.severity === 'error')
    .map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1}-${f.range.end.character + 1} ${f.message}`);
}

describe('secrets on long lines', () => {
  beforeAll(async () => {
    await initParsers();
  });

  it.each([10_000, 1_000_000])('finds a token at column %i of a line', (column) => {
    const line = `${noise(column - 2)} ${githubToken} ${noise(100)}`;
    expect(findSecretTokens(`short line\n${line}\n`)).toEqual([
      { kind: 'GitHub token', severity: 'critical', start: 'short line\n'.length + column - 1, end: 'short line\n'.length + column - 1 + githubToken.length },
    ]);
  }, 20_000);

  it.each([10_000, 1_000_000])('reports a token at column %i of a RUN line at its exact place', (column) => {
    const prefix = 'RUN echo ';
    const text = `FROM alpine:3.22\n${prefix}${noise(column - prefix.length - 2)} ${awsKeyId} && true\nUSER 10001\n`;
    expect(secretFindings(text)).toEqual([`2:${column}-${column + awsKeyId.length} A secret (AWS access key id) is written in the Dockerfile.`]);
  }, 60_000);

  it('reports a token after a long ENV value on the same line', () => {
    const text = `FROM alpine:3.22\nENV BLOB=${noise(20_000)} TOKEN_FOR_CI=${githubToken}\nUSER 10001\n`;
    const column = 'ENV BLOB='.length + 20_000 + ' TOKEN_FOR_CI='.length + 1;
    expect(secretFindings(text)).toContainEqual(`2:${column}-${column + githubToken.length} A secret (GitHub token) is written in the Dockerfile.`);
  }, 60_000);

  /** 5 MB lines built to make a scanner backtrack or a report step grow with the number of hits. */
  const hostile: Record<string, { line: string; matches: number }> = {
    'letters and digits': { line: noise(5 * megabyte), matches: 0 },
    'one prefix repeated': { line: 'AKIA'.repeat((5 * megabyte) / 4), matches: 0 },
    'JWT starts': { line: 'eyJ'.repeat((5 * megabyte) / 3), matches: 0 },
    'JWT segments': { line: `${'eyJ'}${'a'.repeat(12)}.`.repeat((5 * megabyte) / 16), matches: 109_226 },
    'tokens': { line: `${githubToken} `.repeat((5 * megabyte) / 41), matches: 127_875 },
    'SAS signatures': { line: `&sig=${'A'.repeat(30)}sv=`.repeat((5 * megabyte) / 38), matches: 137_970 },
  };

  it.each(Object.entries(hostile))('scans a 5 MB line of %s in linear time', (_name, { line, matches }) => {
    const started = performance.now();
    expect(findSecretTokens(line)).toHaveLength(matches);
    // Linear: well under a second on an idle machine; quadratic was minutes.
    expect(performance.now() - started).toBeLessThan(10_000);
  }, 30_000);

  it('reports each of 25,000 tokens of one RUN line once, in linear time', () => {
    const count = 25_000;
    const started = performance.now();
    const found = secretFindings(`FROM alpine:3.22\nRUN echo ${`${githubToken} `.repeat(count)}\nUSER 10001\n`);
    expect(found).toHaveLength(count);
    expect(found[count - 1]).toBe(`2:${10 + (count - 1) * 41}-${10 + (count - 1) * 41 + 40} A secret (GitHub token) is written in the Dockerfile.`);
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 60_000);
});

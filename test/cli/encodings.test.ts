import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree, runCli } from '../helpers/cli';
import { rules } from '../../rules';
import { pinRule, testRules } from './synthetic-rules';
import { decode, encode, type TextEncoding } from '../../server/src/parsers/decode';

const utf16le = (text: string, bom = true) => encode(text, { name: 'utf-16le', bom });
const utf16be = (text: string, bom = true) => encode(text, { name: 'utf-16be', bom });

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  range: { start: { line: number; column: number }; end: { line: number; column: number } };
}

async function lintJson(files: Record<string, string | Uint8Array>, argv: string[] = [], ruleSet = testRules) {
  const cwd = makeTree(files);
  const run = await runCli(['lint', '--format', 'json', ...argv], { cwd, rules: ruleSet });
  const report = JSON.parse(run.stdout) as { files: { path: string; findings: JsonFinding[] }[] };
  return { cwd, code: run.code, files: report.files };
}

describe('decode and encode', () => {
  const encodings: TextEncoding[] = [
    { name: 'utf-8', bom: false },
    { name: 'utf-8', bom: true },
    { name: 'utf-16le', bom: true },
    { name: 'utf-16be', bom: true },
  ];
  const text = 'FROM alpine:3.20\r\nLABEL note="caf\u00e9 \u{1F433}"\n';

  it.each(encodings)('round-trips $name (BOM: $bom) byte for byte', (encoding) => {
    const bytes = encode(text, encoding);
    expect(decode(bytes)).toEqual({ ok: true, text, encoding, lossy: false });
    expect(Buffer.from(encode(text, encoding)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('writes the marks and byte orders editors write', () => {
    expect([...encode('A', { name: 'utf-8', bom: true })]).toEqual([0xef, 0xbb, 0xbf, 0x41]);
    expect([...utf16le('A')]).toEqual([0xff, 0xfe, 0x41, 0x00]);
    expect([...utf16be('A')]).toEqual([0xfe, 0xff, 0x00, 0x41]);
  });

  it('marks undecodable bytes as lossy and keeps the rest', () => {
    expect(decode(new Uint8Array([0x61, 0xe9, 0x62]))).toEqual({ ok: true, text: 'a\uFFFDb', encoding: { name: 'utf-8', bom: false }, lossy: true });
    // An odd byte count cannot be UTF-16.
    expect(decode(new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x62]))).toMatchObject({ ok: true, text: 'a\uFFFD', lossy: true });
  });

  it('refuses UTF-32 by its mark', () => {
    expect(decode(new Uint8Array([0xff, 0xfe, 0x00, 0x00, 0x41, 0, 0, 0]))).toEqual({
      ok: false,
      message: 'The file is UTF-32 LE (byte order mark); only UTF-8 and UTF-16 can be read. Save it as UTF-8.',
    });
    expect(decode(new Uint8Array([0x00, 0x00, 0xfe, 0xff]))).toMatchObject({ ok: false });
  });
});

describe('files in other encodings are checked', () => {
  it.each([
    ['UTF-16 LE', utf16le],
    ['UTF-16 BE', utf16be],
  ])('lints a %s Dockerfile with a BOM and fails the run on its findings', async (_name, toBytes) => {
    const { code, files } = await lintJson({ Dockerfile: toBytes('FROM alpine:3.20\nLABEL owner=a\nFROM busybox:latest\n') });
    expect(files[0].findings.map((f) => [f.ruleId, f.range.start.line, f.range.start.column])).toEqual([['DKR-901', 3, 14]]);
    expect(code).toBe(1);
  }, 30_000);

  it('lints UTF-16 Terraform and Kubernetes files with the real rules', async () => {
    const { files } = await lintJson(
      {
        'main.tf': utf16le('resource "aws_ebs_volume" "v" {\n  availability_zone = "a"\n  size              = 8\n  encrypted         = false\n}\n'),
        'pod.yaml': utf16le('apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n      securityContext:\n        privileged: true\n'),
      },
      [],
      rules,
    );
    const byPath = Object.fromEntries(files.map((f) => [f.path, f.findings.map((x) => `${x.ruleId} ${x.range.start.line}:${x.range.start.column}`)]));
    expect(byPath['main.tf']).toEqual(['TF-004 4:23']);
    expect(byPath['pod.yaml']).toContain('K8S-001 10:21');
    expect(Object.values(byPath).flat().filter((f) => /^(skipped|syntax)/.test(f))).toEqual([]);
  }, 60_000);

  it.each([
    ['UTF-16 LE', utf16le, '\r\n'],
    ['UTF-16 BE', utf16be, '\r'],
  ])('--fix writes a %s file back in its own encoding, BOM and line breaks', async (_name, toBytes, eol) => {
    const { cwd, files } = await lintJson({ Dockerfile: toBytes(`FROM alpine:latest${eol}LABEL owner=a${eol}`) }, ['--fix']);
    expect(files[0].findings).toEqual([]);
    expect(Buffer.from(readFileSync(join(cwd, 'Dockerfile'))).equals(Buffer.from(toBytes(`FROM alpine:3.20${eol}LABEL owner=a${eol}`)))).toBe(true);
  }, 30_000);

  it('does not write fixes into UTF-16 that did not decode', async () => {
    const bytes = Buffer.concat([Buffer.from(utf16le('FROM alpine:latest\nLABEL owner=a\n# ')), Buffer.from([0x00, 0xd8]), Buffer.from(utf16le('\n', false))]);
    const { cwd, files } = await lintJson({ Dockerfile: bytes }, ['--fix'], [pinRule]);
    expect(files[0].findings.map((f) => [f.ruleId, f.message])).toEqual([
      ['skipped', 'Not valid UTF-16 LE: fixes were not written.'],
      ['DKR-901', 'The tag "latest" moves.'],
    ]);
    expect(Buffer.from(readFileSync(join(cwd, 'Dockerfile'))).equals(bytes)).toBe(true);
  }, 30_000);

  it('scans around bytes that are not UTF-8: a secret beside one is reported at its place', async () => {
    const token = 'ghp_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8';
    const bytes = Buffer.concat([Buffer.from('FROM alpine:3.22\nRUN echo caf'), Buffer.from([0xe9, 0xff]), Buffer.from(` ${token}\xff\nUSER 10001\n`, 'latin1')]);
    const { files } = await lintJson({ Dockerfile: bytes }, [], rules);
    const secret = files[0].findings.find((f) => f.ruleId === 'DKR-003');
    expect(secret?.range).toEqual({ start: { line: 2, column: 16 }, end: { line: 2, column: 16 + token.length } });
  }, 30_000);

  it('reports a UTF-32 file as not checked, with exit code 1', async () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0, 0, ...[...'FROM x\n'].flatMap((c) => [c.charCodeAt(0), 0, 0, 0])]);
    const { code, files } = await lintJson({ Dockerfile: bytes });
    expect(files[0].findings).toEqual([
      expect.objectContaining({ ruleId: 'skipped', severity: 'error', message: expect.stringContaining('UTF-32 LE') }),
    ]);
    expect(code).toBe(1);
  }, 30_000);
});

describe('NUL bytes', () => {
  it.each([
    ['a Dockerfile', 'Dockerfile', 'FROM alpine:3.20\nLABEL owner=a\nRUN a\0b\n', 3, 6],
    ['a manifest', 'pod.yaml', 'apiVersion: v1\nkind: Pod\n\0metadata: {}\n', 3, 1],
    ['Terraform', 'main.tf', `${'# padding\n'.repeat(2000)}resource "x" "y" {\n  a = "\0"\n}\n`, 2002, 8],
  ])('in %s fail the run with an error at the NUL, past the first 8 KiB too', async (_name, path, text, line, column) => {
    const { code, files } = await lintJson({ [path]: text }, [], rules);
    expect(files[0].findings).toEqual([
      {
        ruleId: 'skipped',
        severity: 'error',
        message: `NUL byte at ${line}:${column}; the file cannot be checked.`,
        range: { start: { line, column }, end: { line, column: column + 1 } },
        requirements: [],
        related: [],
        suggestions: [],
      },
    ]);
    expect(code).toBe(1);
  }, 60_000);

  it('in a UTF-16 file are found after decoding, and a BOM-less UTF-16 file gets a hint', async () => {
    const withBom = await lintJson({ Dockerfile: utf16le('FROM alpine:3.20\n\0') });
    expect(withBom.files[0].findings.map((f) => f.message)).toEqual(['NUL byte at 2:1; the file cannot be checked.']);
    const withoutBom = await lintJson({ Dockerfile: utf16le('FROM alpine:3.20\n', false) });
    expect(withoutBom.files[0].findings.map((f) => f.message)).toEqual([
      'NUL byte at 1:2; the file cannot be checked (UTF-16 without a byte order mark? Save it as UTF-8).',
    ]);
    expect(withoutBom.code).toBe(1);
  }, 30_000);
});

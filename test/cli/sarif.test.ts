import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { makeTree, runCli } from '../helpers/cli';
import { rules as catalog } from '../../rules';
import { lowRule, pinRule, testRules } from './synthetic-rules';

const schema = JSON.parse(readFileSync(join(__dirname, '../../schemas/sarif-2.1.0.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
addFormats(ajv);
const validate = ajv.compile(schema);

function expectValid(log: unknown): void {
  const ok = validate(log);
  expect(ok ? [] : ajv.errorsText(validate.errors, { separator: '\n' }).split('\n')).toEqual([]);
}

async function sarifOf(cwd: string, argv: string[] = [], rules = testRules): Promise<Sarif.Log> {
  const run = await runCli(['lint', '--format', 'sarif', ...argv], { cwd, rules });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout);
}

describe('sarif format', () => {
  it('is valid SARIF 2.1.0, with and without results', async () => {
    const dirty = makeTree({
      'app/Dockerfile': 'FROM alpine:latest\nFROM busybox:latest\n',
      'bin/Dockerfile': new Uint8Array([0]),
      'with space/Dockerfile': 'FROM alpine:latest\n',
    });
    expectValid(await sarifOf(dirty));
    expectValid(await sarifOf(makeTree({ Dockerfile: 'FROM alpine:3.20\nLABEL owner=a\n' })));
  });

  it('is valid for the real catalog', async () => {
    const log = await sarifOf(makeTree({ Dockerfile: 'FROM alpine\n' }), [], catalog);
    expectValid(log);
    expect(log.runs[0].tool.driver.rules?.map((r) => r.id)).toEqual([
      ...catalog.map((r) => r.id).sort(),
      'syntax',
      'unsupported',
      'skipped',
      'internal',
    ]);
  });

  it('rejects what GitHub would reject (the schema is not a no-op)', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ ruleId: 'a' }] }] })).toBe(false);
    expect(
      validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'bad' }] }] }),
    ).toBe(false);
  });

  it('describes every rule with docs, severity, requirements and framework taxonomies', async () => {
    const log = await sarifOf(makeTree({ Dockerfile: 'FROM alpine:3.20\n' }));
    const run = log.runs[0];
    expect(run.tool.driver).toMatchObject({ name: 'shiftguard', informationUri: 'https://shiftguard.dev' });
    const pin = run.tool.driver.rules![0];
    expect(pin).toMatchObject({
      id: 'DKR-901',
      name: 'PinTheBaseImageTag',
      shortDescription: { text: 'Pin the base image tag' },
      fullDescription: { text: 'A moving tag pulls a different image on every build.' },
      helpUri: 'https://shiftguard.dev/rules/DKR-901',
      defaultConfiguration: { level: 'error' },
      properties: { requirements: ['4.4'], 'security-severity': '8.0', tags: ['security', 'dockerfile'] },
    });
    expect(pin.help?.markdown).toContain('**Remediation:** Use a fixed version tag.');
    expect(pin.help?.markdown).toContain('- 4.4 Minimal, vendor-supported, regularly patched base images');
    expect(pin.help?.markdown).toMatch(/NIST SP 800-53 Rev\. 5: \[CM-2\]\(https:\/\/csrc\.nist\.gov\/[^)]+\) Baseline Configuration/);
    expect(pin.help?.text).toContain('Remediation: Use a fixed version tag.');
    expect(run.tool.driver.rules![1].properties?.['security-severity']).toBe('3.0');

    const taxonomies = run.taxonomies!;
    expect(taxonomies.map((t) => t.name)).toEqual(['NIST SP 800-53 Rev. 5', 'ISO/IEC 27001:2022', 'CIS Benchmarks']);
    // Only controls some rule references: the pin rule narrows 4.4 to CM-2 and SI-2, no ISO, one CIS item.
    expect(taxonomies[0].taxa!.map((t) => t.id)).toEqual(['CM-2', 'SI-2', 'PL-2', 'PL-8', 'CA-2', 'CA-7']);
    expect(taxonomies[1].taxa!.map((t) => t.id)).toEqual(['A.5.31', 'A.5.35', 'A.5.36']);
    expect(taxonomies[2].taxa![0]).toMatchObject({ id: 'CIS Docker Benchmark v1.6.0 4.2', helpUri: expect.stringMatching(/^https:/) });
    for (const rule of run.tool.driver.rules!) {
      for (const relation of rule.relationships ?? []) {
        const taxonomy = taxonomies[relation.target.toolComponent!.index!];
        expect(taxonomy.name).toBe(relation.target.toolComponent!.name);
        expect(taxonomy.taxa![relation.target.index!].id).toBe(relation.target.id);
      }
    }
    expect(pin.relationships!.map((r) => r.target.id)).toEqual(['CM-2', 'SI-2', 'CIS Docker Benchmark v1.6.0 4.2']);
  });

  it('locates results relative to %SRCROOT% with 1-based regions and safe fixes', async () => {
    const cwd = makeTree({ 'with space/Dockerfile': '# é\nFROM alpine:latest\n' });
    const run = (await sarifOf(cwd, [], [pinRule])).runs[0];
    expect(run.originalUriBaseIds?.['%SRCROOT%'].uri).toMatch(/^file:\/\/.*\/$/);
    expect(run.results).toHaveLength(1);
    const result = run.results![0];
    expect(result).toMatchObject({
      ruleId: 'DKR-901',
      ruleIndex: 0,
      level: 'error',
      message: { text: 'The tag "latest" moves.' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'with%20space/Dockerfile', uriBaseId: '%SRCROOT%' },
            region: { startLine: 2, startColumn: 13, endLine: 2, endColumn: 19 },
          },
        },
      ],
      fixes: [
        {
          description: { text: 'Pin to 3.20' },
          artifactChanges: [
            {
              artifactLocation: { uri: 'with%20space/Dockerfile', uriBaseId: '%SRCROOT%' },
              replacements: [
                { deletedRegion: { startLine: 2, startColumn: 13, endLine: 2, endColumn: 19 }, insertedContent: { text: '3.20' } },
              ],
            },
          ],
        },
      ],
    });
    expect(result.partialFingerprints?.primaryLocationLineHash).toMatch(/^[0-9a-f]{16}:1$/);
  });

  it('keeps fingerprints when unrelated lines move, and tells identical lines apart', async () => {
    const cwd = makeTree({ Dockerfile: 'FROM alpine:latest\nFROM alpine:latest\n' });
    const before = (await sarifOf(cwd, [], [pinRule])).runs[0].results!.map((r) => r.partialFingerprints!.primaryLocationLineHash);
    expect(before[0].split(':')[0]).toBe(before[1].split(':')[0]);
    expect(before[0]).not.toBe(before[1]);
    writeFileSync(join(cwd, 'Dockerfile'), '# base images\n\nFROM   alpine:latest\nFROM alpine:latest\n');
    const after = (await sarifOf(cwd, [], [pinRule])).runs[0].results!.map((r) => r.partialFingerprints!.primaryLocationLineHash);
    expect(after).toEqual(before);
  });

  it('maps severities to levels', async () => {
    const cwd = makeTree({ Dockerfile: 'FROM alpine:latest\n', 'x.Dockerfile': new Uint8Array([0]) });
    const results = (await sarifOf(cwd, [], [pinRule, lowRule])).runs[0].results!;
    expect(results.map((r) => [r.ruleId, r.level])).toEqual([
      ['DKR-902', 'note'],
      ['DKR-901', 'error'],
      ['skipped', 'error'],
    ]);
  });
});

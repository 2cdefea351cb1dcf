// A spread call (`push(...items)`, `Math.max(...values)`) passes every item as an argument and
// throws past about 120,000 of them; a long list in one file must not make a rule or the output fail.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { initParsers } from '../../server/src/parsers';
import { appendAll, maxOf, minOf } from '../../server/src/engine/arrays';
import { formatText } from '../../server/src/cli/format/text';
import { lintOne } from '../../server/src/cli/check-file';
import type { FileResult } from '../../server/src/cli/check-file';
import type { Finding } from '../../server/src/engine/types';
import nsgRule from '../../rules/terraform/tf-002-azure-nsg-admin-open';

const many = 300_000;

describe('long lists', () => {
  beforeAll(() => initParsers());

  it('are appended and measured without spreading them as arguments', () => {
    const target = [0];
    expect(appendAll(target, Array.from({ length: many }, (_, i) => i + 1))).toHaveLength(many + 1);
    expect(target[many]).toBe(many);
    const values = Array.from({ length: many }, (_, i) => (i * 7919) % many);
    expect(maxOf(values)).toBe(many - 1);
    expect(minOf(values)).toBe(0);
    for (const sample of [[], [3], [2, -1, 5], [1, NaN, 2], [-Infinity]]) {
      expect(maxOf(sample)).toBe(Math.max(...sample));
      expect(minOf(sample)).toBe(Math.min(...sample));
    }
  });

  it('of findings in one file are all printed by the text format', () => {
    const finding = (i: number): Finding => ({
      ruleId: 'K8S-001',
      severity: 'critical',
      message: 'privileged',
      range: { start: { line: i, character: 2 }, end: { line: i, character: 6 } },
      requirements: ['4.3'],
      suggestions: [],
      related: [],
    });
    const file: FileResult = { path: '/repo/pods.yaml', kind: 'kubernetes', findings: Array.from({ length: many }, (_, i) => finding(i)), fixed: 0 };
    const text = formatText({ cwd: '/repo', files: [file], threshold: 'low', rules: [], fixRequested: false }, { color: false, quiet: false });
    const lines = text.split('\n');
    expect(lines.filter((line) => line.includes('K8S-001'))).toHaveLength(many);
    // Columns are as wide as the widest position, which is the last one.
    expect(lines[1]).toBe('  1:3       critical  K8S-001  privileged  [req 4.3]');
    expect(lines[many]).toBe(`  ${many}:3  critical  K8S-001  privileged  [req 4.3]`);
  });

  it('of source prefixes in an Azure security rule are each inspected', { timeout: 60_000 }, async () => {
    const prefixes = Array.from({ length: 150_000 }, (_, i) => `"10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}/32"`);
    const text =
      'resource "azurerm_network_security_rule" "r" {\n  direction = "Inbound"\n  access = "Allow"\n  protocol = "Tcp"\n' +
      `  destination_port_range = "22"\n  source_address_prefixes = [${prefixes.join(',')},"0.0.0.0/0"]\n}\n`;
    const { findings } = await lintOne('/repo/main.tf', text, [nsgRule], { disabledRules: [] });
    const column = text.split('\n')[5].indexOf('"0.0.0.0/0"');
    expect(findings.map((f) => [f.ruleId, f.range.start.line, f.range.start.character])).toEqual([['TF-002', 5, column]]);
  });
});

/** Every TypeScript file of the product (not the tests). */
function productSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return productSources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('the product', () => {
  it('spreads no list into the arguments of push, unshift, Math.max or Math.min', () => {
    const spreadCall = /\.(?:push|unshift)\(\.\.\.|Math\.(?:max|min)\(\.\.\./;
    const offending = ['server/src', 'rules', 'client/src'].flatMap((dir) =>
      productSources(dir).flatMap((path) =>
        readFileSync(path, 'utf8')
          .split('\n')
          .map((line, i) => ({ where: `${path}:${i + 1}`, code: line.replace(/\/\/.*$/, '') }))
          .filter(({ code }) => spreadCall.test(code))
          .map(({ where }) => where),
      ),
    );
    expect(offending).toEqual([]);
  });
});

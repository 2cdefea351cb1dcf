import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../rules/index';
import { requirements } from '../rules/requirements';
import type { AnyRule } from '../server/src/engine/rule';
import { lintWith } from './helpers/rule-tester';
import { initParsers } from '../server/src/parsers';
import { renderCatalogMarkdown } from '../server/src/engine/rule-docs';
import { renderAreaSummary } from '../server/src/engine/catalog-matrix';
import { optionProblem } from '../server/src/engine/rule-options';

const root = join(__dirname, '..');
const targets = ['dockerfile', 'kubernetes', 'terraform'] as const;
const idPrefix = { dockerfile: 'DKR', kubernetes: 'K8S', terraform: 'TF' } as const;

/** Rule files on disk, by target. */
function ruleFiles(target: string): string[] {
  const dir = join(root, 'rules', target);
  return existsSync(dir) ? readdirSync(dir).filter((f) => /^[a-z0-9]+-\d{3}-[a-z0-9-]+\.ts$/.test(f)) : [];
}

function fileOf(rule: AnyRule): string | undefined {
  return ruleFiles(rule.target).find((f) => f.startsWith(`${rule.id.toLowerCase()}-`));
}

beforeAll(async () => {
  await initParsers();
});

describe('rule catalog', () => {
  it('has unique ids, sorted, in the form of their target', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))).toEqual(ids);
    for (const rule of rules) expect(rule.id).toMatch(new RegExp(`^${idPrefix[rule.target]}-\\d{3}$`));
  });

  it('lists every rule file, and every listed rule has its own file', async () => {
    const onDisk = targets.flatMap((t) => ruleFiles(t).map((f) => `${t}/${f}`)).sort();
    const listed = rules.map((r) => `${r.target}/${fileOf(r) ?? `<no file for ${r.id}>`}`).sort();
    expect(listed).toEqual(onDisk);
    const index = readFileSync(join(root, 'rules', 'index.ts'), 'utf8');
    for (const file of onDisk) expect(index, `rules/index.ts imports ${file}`).toContain(`./${file.replace(/\.ts$/, '')}`);
    for (const file of onDisk) {
      const module = (await import(join(root, 'rules', file))) as { default: AnyRule };
      expect(rules, `${file} default-exports a rule that is in the catalog`).toContain(module.default);
    }
  });

  it('has an up-to-date generated catalog document (npm run docs)', () => {
    const doc = join(root, 'docs', 'rules.md');
    expect(existsSync(doc), 'docs/rules.md exists').toBe(true);
    expect(readFileSync(doc, 'utf8')).toBe(renderCatalogMarkdown(rules));
  });

  it('has the README summary of rule counts copied from docs/rules.md (npm run docs)', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const summary = renderAreaSummary(rules);
    expect(readme, 'README.md carries the summary of docs/rules.md').toContain(summary);
  });

  it('has a test file per rule', () => {
    for (const rule of rules) {
      const test = join(root, 'test', 'rules', rule.target, `${basename(fileOf(rule) ?? rule.id, '.ts')}.test.ts`);
      expect(existsSync(test), `${rule.id} needs ${test}`).toBe(true);
    }
  });
});

describe.each(rules.map((r) => [r.id, r] as const))('%s metadata', (_id, rule) => {
  it('names known requirements and controls that belong to them', () => {
    expect(rule.requirements.length).toBeGreaterThan(0);
    const reqs = rule.requirements.map((id) => requirements[id]);
    for (const [i, req] of reqs.entries()) expect(req, `requirement ${rule.requirements[i]}`).toBeDefined();
    const known = {
      iso27001: new Set<string>(reqs.flatMap((r) => r.iso27001.map((c) => c.id))),
      nist80053: new Set<string>(reqs.flatMap((r) => r.nist80053.map((c) => c.id))),
      cis: new Set<string>(reqs.flatMap((r) => r.cis.map((c) => c.ref))),
    };
    for (const id of rule.frameworks?.iso27001 ?? []) expect(known.iso27001.has(id), `ISO/IEC 27001 ${id}`).toBe(true);
    for (const id of rule.frameworks?.nist80053 ?? []) expect(known.nist80053.has(id), `NIST SP 800-53 ${id}`).toBe(true);
    for (const ref of rule.frameworks?.cis ?? []) {
      expect(ref, 'CIS refs name benchmark, version and item').toMatch(/^CIS .+ v\d+\.\d+\.\d+ [\d.]+$/);
      expect(known.cis.has(ref), `CIS ${ref}`).toBe(true);
    }
  });

  it('documents itself', () => {
    expect(rule.title).toMatch(/^[A-Z].*[^.]$/);
    expect(['critical', 'high', 'medium', 'low']).toContain(rule.severity);
    expect(['recommended', 'strict'], 'preset').toContain(rule.preset);
    for (const [name, option] of Object.entries(rule.options ?? {})) {
      expect(name, 'option names are camelCase').toMatch(/^[a-z][a-zA-Z0-9]*$/);
      expect(option.description, `${name} is documented`).toMatch(/^[A-Z].{10,}\.$/);
      expect(optionProblem(option, option.default), `the default of ${name} fits its type`).toBeUndefined();
    }
    expect(rule.docs.rationale.length).toBeGreaterThan(20);
    expect(rule.docs.remediation).toMatch(/\.$/);
    expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
    for (const [id, message] of Object.entries(rule.messages)) {
      expect(id).toMatch(/^[a-z][a-zA-Z0-9]*$/);
      expect(message.length).toBeGreaterThan(10);
    }
  });

  it('fires on its bad example and stays silent on its good one', () => {
    const bad = lintWith(rule, rule.examples.bad).findings.filter((f) => f.ruleId === rule.id);
    expect(bad.length, 'findings on examples.bad').toBeGreaterThan(0);
    const good = lintWith(rule, rule.examples.good);
    expect(good.findings.filter((f) => f.ruleId === rule.id || f.ruleId === 'syntax')).toEqual([]);
  });
});

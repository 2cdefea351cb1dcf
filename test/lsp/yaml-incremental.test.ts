import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { rules } from '../../rules';
import { lint } from '../../server/src/engine/lint';
import { defineRule, type AnyRule } from '../../server/src/engine/rule';
import type { Finding } from '../../server/src/engine/types';
import { lintBySlices } from '../../server/src/engine/yaml-slices';
import { DocumentLinter, incrementalYamlThreshold, type LintResult } from '../../server/src/lsp/document-linter';
import { OffThreadLinter } from '../../server/src/lsp/off-thread-linter';
import { defaultSettings } from '../../server/src/lsp/settings';
import { parseSource } from '../../server/src/parsers';
import type { KubernetesFile } from '../../server/src/parsers/kubernetes/model';
import { InProcessClient } from '../helpers/lsp-client';
import { findCorpus } from '../helpers/corpus';

const root = join(__dirname, '../..');
const corpus = findCorpus(root) ?? join(root, 'no-corpus');
const path = '/work/deploy/app.yaml';
// The editor's default preset: what the language server publishes is compared with it.
const editorConfig = { preset: 'recommended' } as const;
const fullLint = (text: string, ruleSet: readonly AnyRule[] = rules): Finding[] => lint(parseSource(path, text)!, ruleSet, editorConfig);

/** A deterministic pseudo-random sequence, so that a failure names its case. */
function randomness(seed: number) {
  let state = seed;
  const next = () => (state = (state * 48271) % 2147483647) / 2147483647;
  return {
    next,
    int: (below: number) => Math.floor(next() * below),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
  };
}

const pod = (name: string, indent = '  ') =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n${indent}name: ${name}\nspec:\n${indent}containers:\n${indent}${indent}- name: ${name}\n${indent}${indent}  image: nginx\n`;

/** Documents chosen to exercise what crosses documents: indentation of fixes, suppressions, lists, flow style, block scalars. */
const syntheticDocuments = [
  pod('two'),
  pod('four', '    '),
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      hostNetwork: true\n      containers:\n        - name: web\n          image: "registry.example/web:1.2"\n          securityContext:\n            privileged: true\n            runAsUser: 0\n`,
  `${pod('quiet')}# shiftguard-ignore K8S-005 -- pinned by the release pipeline\n`,
  `# shiftguard-ignore K8S-002,K8S-003\n${pod('covered')}`,
  `apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Pod\n    metadata: {name: listed}\n    spec:\n      containers: [{name: c, image: 'busybox:1.36', securityContext: {privileged: true}}]\n`,
  `{apiVersion: v1, kind: Pod, metadata: {name: flow}, spec: {containers: [{name: f, image: alpine}]}}\n`,
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: script\ndata:\n  run.sh: |\n    #!/bin/sh\n    echo "---"\n    ---\n    exit 0\n`,
  `# only a comment\n`,
  `settings:\n  retries: 3\n  hosts: [a, b]\n`,
];

/** Documents of the test fixtures: real manifests with their comments. */
function fixtureDocuments(): string[] {
  const directory = join(root, 'test-fixtures/kubernetes');
  return readdirSync(directory)
    .filter((name) => name.endsWith('.yaml'))
    .flatMap((name) => readFileSync(join(directory, name), 'utf8').split(/^---[ \t]*\r?\n/m))
    .filter((doc) => doc.trim() !== '');
}

const separators = ['---\n', '--- # next\n', '...\n---\n', '\n---\n', '---\t\n'];
const snippets = [
  '---\n', '---', '...\n', '"', "'", '\n', '\r\n', ' ', '{', '}', '[', ']', ': ', '- ', '#', '|\n', '&a ', '*a', '\t', '\\"', "''",
  '--- |\n', '--- "\n', '--- a: 1\n', '# shiftguard-ignore K8S-005\n', '# shiftguard-ignore-file K8S-004\n', '  privileged: true\n',
  'apiVersion: v1\n', 'kind: Pod\n', '    image: nginx:latest\n', '\uFEFF', '{{ .Values.x }}', '%YAML 1.2\n',
];

/**
 * An edit a person (or a broken paste) could make: text at a random place, at a line start, just
 * after or just before a document marker; a deletion; a removed line.
 */
function mutate(text: string, random: ReturnType<typeof randomness>): string {
  const at = random.int(text.length + 1);
  const markers = [...text.matchAll(/^---.*\n/gm)];
  switch (random.int(markers.length > 0 ? 6 : 4)) {
    case 0:
      return text.slice(0, at) + random.pick(snippets) + text.slice(at);
    case 1: {
      const lineStart = text.lastIndexOf('\n', at - 1) + 1;
      return text.slice(0, lineStart) + random.pick(snippets) + text.slice(lineStart);
    }
    case 2:
      return text.slice(0, at) + text.slice(at + 1 + random.int(30));
    case 4: {
      // The first thing of a document, which the parser may refuse before the document starts.
      const marker = random.pick(markers);
      const after = marker.index + marker[0].length;
      return text.slice(0, after) + random.pick(['}', ']', ',', '"', "'", '- ', ...snippets]) + text.slice(after);
    }
    case 5: {
      // The end of a document, where an unclosed quote or bracket meets the next marker.
      const marker = random.pick(markers);
      const lineStart = text.lastIndexOf('\n', marker.index - 2) + 1;
      const at = random.next() < 0.5 ? lineStart : marker.index - 1;
      return text.slice(0, at) + random.pick(['"', "'", 'a: "x', "a: 'x", '[', '{', 'x: |', ...snippets]) + text.slice(at);
    }
    default: {
      // Removes a whole line: often a `---` marker, which joins two documents.
      if (markers.length > 0 && random.next() < 0.7) {
        const marker = random.pick(markers);
        return text.slice(0, marker.index) + text.slice(marker.index + marker[0].length);
      }
      const lineStart = text.lastIndexOf('\n', at - 1) + 1;
      const lineEnd = text.indexOf('\n', at);
      return text.slice(0, lineStart) + (lineEnd < 0 ? '' : text.slice(lineEnd + 1));
    }
  }
}

function multiDocumentText(documents: readonly string[], random: ReturnType<typeof randomness>, count: number): string {
  let text = Array.from({ length: count }, () => random.pick(documents)).reduce((all, doc) => (all ? all + random.pick(separators) + doc : doc), '');
  if (random.next() < 0.3) text = `---\n${text}`;
  if (random.next() < 0.15) text += '...\n';
  if (random.next() < 0.15) text = text.replace(/\n/g, '\r\n');
  if (random.next() < 0.1) text = `\uFEFF${text}`;
  return text;
}

/** Findings as JSON: `fix: undefined` and an absent `fix` are the same finding. */
const plain = (findings: readonly Finding[] | undefined) => JSON.parse(JSON.stringify(findings ?? null));

describe('linting a YAML file document by document', () => {
  it('gives exactly the whole file\'s findings for generated and mutated multi-document files', () => {
    const random = randomness(20240611);
    const documents = [...syntheticDocuments, ...fixtureDocuments()];
    let sliced = 0;
    const cases = 600;
    for (let i = 0; i < cases; i++) {
      let text = multiDocumentText(documents, random, 2 + random.int(6));
      for (let edits = random.int(4); edits > 0; edits--) text = mutate(text, random);
      const bySlices = lintBySlices(path, text, rules, editorConfig);
      if (!bySlices) continue;
      sliced++;
      expect(plain(bySlices), `case ${i}: ${JSON.stringify(text)}`).toEqual(plain(fullLint(text)));
    }
    // Falling back to the whole file is always right; it must stay the exception.
    expect(sliced).toBeGreaterThan(cases * 0.6);
  });

  it.skipIf(!existsSync(join(corpus, 'kubernetes')))('gives the whole file\'s findings on corpus manifests, mutated (corpus present)', () => {
    const files: string[] = [];
    const walk = (directory: string) => {
      for (const name of readdirSync(directory)) {
        const file = join(directory, name);
        if (statSync(file).isDirectory()) walk(file);
        else if (/\.ya?ml$/.test(name) && statSync(file).size < 40_000) files.push(file);
      }
    };
    walk(join(corpus, 'kubernetes'));
    const random = randomness(7);
    const documents = files.map((file) => readFileSync(file, 'utf8'));
    for (let i = 0; i < 250; i++) {
      let text = multiDocumentText(documents, random, 2 + random.int(4));
      for (let edits = random.int(3); edits > 0; edits--) text = mutate(text, random);
      const bySlices = lintBySlices(path, text, rules, editorConfig);
      if (bySlices) expect(plain(bySlices), `corpus case ${i}`).toEqual(plain(fullLint(text)));
    }
  });

  it('moves fixes, suggestions and related places of later documents to their lines', () => {
    const text = `${pod('first')}---\n${pod('second', '    ')}`;
    const findings = lintBySlices(path, text, rules, editorConfig)!;
    const second = findings.filter((f) => f.range.start.line >= 9 && f.suggestions.length > 0);
    expect(second.length).toBeGreaterThan(0);
    expect(plain(findings)).toEqual(plain(fullLint(text)));
    // The second document is indented by 4, the file's step is the first document's 2.
    const edit = second[0].suggestions[0].edits[0];
    expect(edit.range.start.line).toBeGreaterThanOrEqual(9);
    expect(edit.newText).toMatch(/\n {10}securityContext:\n {12}[a-z]/);
  });

  it('keeps to the edited document while a quote typed there is still open', () => {
    const open = `${pod('a')}  labels: {team: "platf\n---\n${pod('b')}  annotations: {note: "x"}\n`;
    expect(plain(lintBySlices(path, open, rules, editorConfig))).toEqual(plain(fullLint(open)));
    expect(fullLint(open).some((f) => f.ruleId === 'syntax')).toBe(true);
    // With no quote to close it anywhere after, the scalar runs to the end of the file: only the whole file tells.
    expect(lintBySlices(path, open.replace('"x"', 'x'), rules, editorConfig)).toBeUndefined();
  });

  it('leaves the whole-file decisions to the whole file: directives and Helm templates', () => {
    expect(lintBySlices(path, `%YAML 1.2\n---\n${pod('a')}---\n${pod('b')}`, rules, editorConfig)).toBeUndefined();
    expect(lintBySlices(path, `${pod('a')}---\n${pod('b')}  namespace: {{ .Release.Namespace }}\n`, rules, editorConfig)).toBeUndefined();
    expect(lintBySlices(path, '', rules, editorConfig)).toBeUndefined();
  });
});

/** A Kubernetes rule that reports nothing and records which documents it was run on. */
function recordingRule(seen: string[][], onCheck?: () => void): AnyRule {
  return defineRule({
    id: 'K8S-990',
    title: 'Records linted documents',
    target: 'kubernetes',
    severity: 'low',
    preset: 'recommended',
    requirements: ['4.1'],
    docs: { rationale: 'A synthetic rule for language server tests.', remediation: 'Nothing.' },
    messages: { never: 'Never reported.' },
    examples: { bad: '', good: '' },
    check({ file }) {
      seen.push((file as KubernetesFile).objects.map((o) => o.name ?? ''));
      onCheck?.();
    },
  }) as AnyRule;
}

/** A DocumentLinter over in-memory documents, as the server drives it. */
function harness(ruleSet: readonly AnyRule[], offThread?: OffThreadLinter) {
  const documents = new Map<string, TextDocument>();
  const published: LintResult[] = [];
  const linter = new DocumentLinter({
    offThread,
    document: (uri) => documents.get(uri),
    settings: () => ({ ...defaultSettings, debounceMs: 0 }),
    rules: () => ruleSet,
    publish: (result) => published.push(result),
  });
  const uri = 'file:///work/deploy/app.yaml';
  return {
    linter,
    published,
    uri,
    text: () => documents.get(uri)!.getText(),
    version: () => documents.get(uri)!.version,
    open(text: string) {
      documents.set(uri, TextDocument.create(uri, 'yaml', 1, text));
      linter.schedule(uri);
    },
    /** Replaces the whole text, as a paste or a formatter would. */
    replace(text: string) {
      const document = documents.get(uri)!;
      documents.set(uri, TextDocument.update(document, [{ text }], document.version + 1));
      linter.schedule(uri);
    },
    latest: () => published.at(-1),
  };
}

/** Many small documents: over the size at which the editor lints document by document. */
function largeManifest(count: number): string {
  const parts: string[] = [];
  for (let i = 0; parts.join('---\n').length < incrementalYamlThreshold || i < count; i++) {
    parts.push(i % 3 === 0 ? pod(`p${i}`) : i % 3 === 1 ? pod(`q${i}`, '    ') : syntheticDocuments[2].replace('name: web', `name: web${i}`));
  }
  return parts.join('---\n');
}

describe('the language server on a large multi-document YAML file', () => {
  let client: InProcessClient | undefined;
  afterEach(() => client?.dispose());

  it('publishes the whole file\'s findings after every edit of a random session, bursts included', async () => {
    const h = harness(rules);
    const random = randomness(99);
    h.open(largeManifest(60));
    await h.linter.idle();
    for (let step = 0; step < 70; step++) {
      let text = h.text();
      for (let burst = random.next() < 0.2 ? 3 : 1; burst > 0; burst--) {
        text = mutate(text, random);
        h.replace(text);
      }
      await h.linter.idle();
      expect(h.latest()!.version, `step ${step}`).toBe(h.version());
      expect(plain(h.latest()!.findings), `step ${step}: ${JSON.stringify(text)}`).toEqual(plain(fullLint(text)));
    }
  });

  it('re-lints only the edited document and reuses the others, moved to their new lines', async () => {
    const seen: string[][] = [];
    const ruleSet = [...rules, recordingRule(seen)];
    const h = harness(ruleSet);
    const text = largeManifest(60);
    h.open(text);
    await h.linter.idle();
    const documents = text.split(/^---\n/m).length;
    expect(seen.length).toBe(documents);

    seen.length = 0;
    // Two lines added in the second document move every later finding by two lines.
    const edited = text.replace('name: q1\n', 'name: q1\n    labels:\n      app: edited\n');
    h.replace(edited);
    await h.linter.idle();
    expect(seen).toEqual([['q1']]);
    expect(plain(h.latest()!.findings)).toEqual(plain(fullLint(edited, ruleSet)));
  });

  it('lints an unchanged document again when a whole-file decision about it changes', async () => {
    const h = harness(rules);
    const settings = Array.from({ length: 1200 }, (_, i) => `settings:\n  name: s${i}\n  hosts: [a, b]\n`);
    settings[200] = 'settings:\n  hosts: [a, b\n';
    const steps = [
      // Not a manifest: the broken document's syntax error is not reported.
      settings.join('---\n'),
      // A manifest now: it is.
      `${settings.join('---\n')}---\n${pod('now-a-manifest')}`,
      // A quote left open in the last document runs to the end of the file...
      `${settings.join('---\n')}---\n${pod('open')}  annotations: {note: "unclosed\n`,
      // ...and stops at the next marker once a document with a closing quote follows.
      `${settings.join('---\n')}---\n${pod('open')}  annotations: {note: "unclosed\n---\n${pod('closing')}  annotations: {a: "b"}\n`,
      // Without that quote it runs past the marker again.
      `${settings.join('---\n')}---\n${pod('open')}  annotations: {note: "unclosed\n---\n${pod('closing')}  annotations: {a: b}\n`,
      // Fixes are indented by the file's step, which its first document now sets to 4...
      `${pod('lead', '    ')}---\n${settings.join('---\n')}---\n${pod('fixable')}`,
      // ...and end their lines with the file's line break, CRLF once most lines have it.
      `${'# crlf\r\n'.repeat(8000)}${pod('lead', '    ')}---\n${settings.join('---\n')}---\n${pod('fixable')}`,
    ];
    expect(steps[0].length).toBeGreaterThan(incrementalYamlThreshold);
    h.open(steps[0]);
    for (const [i, text] of steps.entries()) {
      if (i > 0) h.replace(text);
      await h.linter.idle();
      expect(plain(h.latest()!.findings), `step ${i}`).toEqual(plain(fullLint(text)));
    }
    expect(h.published.map((r) => r.findings.filter((f) => f.ruleId === 'syntax').length)).toEqual([0, 1, 2, 2, 2, 1, 1]);
    const fixable = h.latest()!.findings.find((f) => f.message.includes('"fixable"') && f.suggestions.length > 0)!;
    expect(fixable.suggestions[0].edits[0].newText).toMatch(/^\r\n {6}securityContext:\r\n {10}[a-z]/);
  });

  it('stops the lint of a version that an edit supersedes, and publishes only the new one', async () => {
    const seen: string[][] = [];
    let edited = false;
    const text = largeManifest(80);
    const h = harness([
      ...rules,
      recordingRule(seen, () => {
        if (seen.length !== 5 || edited) return;
        // The edit arrives while the first version is being linted.
        edited = true;
        h.replace(`${h.text()}---\n${pod('late')}`);
      }),
    ]);
    h.open(text);
    await h.linter.idle();
    expect(h.published.map((r) => r.version)).toEqual([2]);
    const documents = text.split(/^---\n/m).length;
    // Version 2 reuses what version 1 had linted before it was stopped.
    expect(seen.length).toBe(documents + 1);
    expect(plain(h.latest()!.findings)).toEqual(plain(fullLint(h.text())));
  });

  it('lets the event loop run between documents while it lints a large file for the first time', async () => {
    let turns = 0;
    let done = false;
    const spin = () => {
      turns++;
      if (!done) setImmediate(spin);
    };
    const turnsSeen = new Set<number>();
    const h = harness([...rules, recordingRule([], () => turnsSeen.add(turns))]);
    spin();
    h.open(largeManifest(400));
    await h.linter.idle();
    done = true;
    expect(h.published).toHaveLength(1);
    expect(turnsSeen.size).toBeGreaterThan(1);
  });

  it('lints the whole file when a document cannot be judged alone', async () => {
    const h = harness(rules);
    const text = `%YAML 1.2\n---\n${largeManifest(60)}`;
    h.open(text);
    await h.linter.idle();
    expect(h.latest()!.findings.length).toBeGreaterThan(0);
    expect(plain(h.latest()!.findings)).toEqual(plain(fullLint(text)));
  });

  it.skipIf(!existsSync(join(root, 'dist', 'lsp-lint-worker.js')))('lints a document over the worker threshold off the main thread, the others on it (dist/ built)', async () => {
    const offThread = OffThreadLinter.create(join(root, 'dist'))!;
    try {
      const seen: string[][] = [];
      const h = harness([...rules, recordingRule(seen)], offThread);
      const huge = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: huge\ndata:\n${Array.from({ length: 9000 }, (_, i) => `  key${i}: ${'v'.repeat(20)}${i}\n`).join('')}`;
      const text = `${largeManifest(10)}---\n${huge}---\n${pod('after')}`;
      h.open(text);
      await h.linter.idle();
      // The worker runs the catalog's rules: the recording rule saw every document but the huge one.
      expect(seen.flat()).not.toContain('huge');
      expect(seen.flat()).toContain('after');
      expect(plain(h.latest()!.findings)).toEqual(plain(fullLint(text)));

      const edited = text.replace('name: after', 'name: after\n  labels: {a: b}');
      h.replace(edited);
      await h.linter.idle();
      expect(plain(h.latest()!.findings)).toEqual(plain(fullLint(edited)));

      // Keystrokes in the huge document: the worker parses each version from the one before.
      let typing = edited;
      for (const [from, to] of [['key4500: v', 'key4500: xv'], ['key4500: xv', 'key4500: v'], ['name: huge', 'name: huge2'], ['key8999: v', 'key8999: "v']]) {
        typing = typing.replace(from, to);
        h.replace(typing);
        await h.linter.idle();
        expect(plain(h.latest()!.findings), to).toEqual(plain(fullLint(typing)));
      }
      expect(h.latest()!.findings.some((f) => f.ruleId === 'syntax')).toBe(true);
    } finally {
      offThread.dispose();
    }
  });

  it('offers hovers and quick fixes at the moved positions of a later document', async () => {
    client = new InProcessClient({ rules, offThread: false });
    await client.initialize();
    const uri = 'file:///work/deploy/app.yaml';
    const text = `${largeManifest(60)}---\n${pod('last')}`;
    const published = client.diagnostics(uri);
    await client.open(uri, 'yaml', text);
    const { diagnostics } = await published;
    const expected = fullLint(text).find((f) => f.ruleId === 'K8S-002' && f.message.includes('"last"'))!;
    const diagnostic = diagnostics.find((d: Diagnostic) => d.code === 'K8S-002' && String(d.message).includes('"last"'))!;
    expect(diagnostic.range).toEqual(expected.range);

    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: expected.range.start })) as Hover;
    expect((hover.contents as { value: string }).value).toContain('K8S-002');

    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    })) as CodeAction[];
    const suggestion = actions.find((a) => a.title === expected.suggestions[0].title)!;
    const edits = (suggestion.edit!.documentChanges![0] as { edits: unknown[] }).edits;
    expect(edits).toEqual(expected.suggestions[0].edits);
  });
});

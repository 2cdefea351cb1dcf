import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { rules } from '../../rules';
import { lintBySlices } from '../../server/src/engine/yaml-slices';
import type { AnyRule } from '../../server/src/engine/rule';
import { DocumentLinter, slowLintMs, type LintResult } from '../../server/src/lsp/document-linter';
import { capFindings } from '../../server/src/lsp/finding-cap';
import { OffThreadLinter } from '../../server/src/lsp/off-thread-linter';
import { defaultSettings } from '../../server/src/lsp/settings';
import { initParsers } from '../../server/src/parsers';
import { privateBuild, StdioClient } from '../helpers/stdio-client';
import { wordRule } from '../helpers/synthetic';
import { aliasedPodList, argumentsBomb, mergeKeyBomb } from '../robustness/stress';

// The built server over stdio with inputs that are large or many-findinged, generated here: the
// size limit, the cap on published diagnostics, answers to other requests meanwhile, memory given
// back on close; and the worker's loss on a document that exhausts its heap.

let build: ReturnType<typeof privateBuild>;
const clients: StdioClient[] = [];

beforeAll(() => {
  build = privateBuild();
}, 120_000);
afterAll(() => build?.remove());
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.dispose()));
});

async function started(options: ConstructorParameters<typeof StdioClient>[1] = {}): Promise<StdioClient> {
  const client = new StdioClient(build.serverJs, options);
  clients.push(client);
  await client.initialize();
  return client;
}

/** A multi-document manifest of about `bytes` bytes of tiny privileged pods: several findings each. */
function tinyPods(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const doc = `---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}\nspec:\n  containers:\n    - name: c\n      image: nginx\n      securityContext:\n        privileged: true\n`;
    parts.push(doc);
    size += doc.length;
  }
  return parts.join('');
}

/** A Dockerfile of about `bytes` bytes: many stages, each fetching a script without TLS checks and keeping a token. */
function largeDockerfile(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const stage = `FROM alpine:3.${i % 20} AS s${i}\nRUN curl -k https://example.com/${i}.sh | sh\nENV API_TOKEN_${i}=abc${i}def\nUSER root\n`;
    parts.push(stage);
    size += stage.length;
  }
  return parts.join('');
}

const smallUri = 'file:///srv/app/Dockerfile';
const small = 'FROM alpine:3.20\nUSER root\nCMD ["sh"]\n';
const shape = (d: Diagnostic) => [d.code, d.severity, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character];

/** Hovers on the small document every 20 ms until `done` settles; the slowest answer in ms. */
async function slowestHover(client: StdioClient, done: Promise<unknown>): Promise<{ slowest: number; count: number }> {
  let finished = false;
  void done.finally(() => (finished = true)).catch(() => undefined);
  const times: number[] = [];
  while (!finished) {
    const start = performance.now();
    const hover = await client.hover(smallUri, { line: 1, character: 6 });
    times.push(performance.now() - start);
    expect((hover!.contents as { value: string }).value).toContain('DKR-001');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { slowest: Math.max(...times), count: times.length };
}

describe('the language server with large documents', () => {
  it('does not check a document over the size limit, and says so at 1:1', async () => {
    const client = await started();
    const text = largeDockerfile(9 * 1024 * 1024);
    const uri = 'file:///srv/app/huge/Dockerfile';
    const { diagnostics } = await client.open(uri, 'dockerfile', text);
    expect(diagnostics.map(shape)).toEqual([['skipped', 1, 0, 0, 0, 0]]);
    expect(diagnostics[0].message).toBe('Document is 9 MiB, over the 8 MiB limit (shiftguard.maxFileSize); not checked.');

    // The limit is a setting, in the command line's units.
    const relinted = client.diagnostics(uri, (p) => String(p.diagnostics[0]?.message).includes('over the 32 bytes limit'));
    await client.configure({ maxFileSize: '32B' });
    await relinted;
    const next = client.diagnosticsOf(smallUri, 1);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: smallUri, languageId: 'dockerfile', version: 1, text: small } });
    expect((await next).diagnostics.map((d) => d.message)).toEqual(['Document is 38 bytes, over the 32 bytes limit (shiftguard.maxFileSize); not checked.']);
  }, 60_000);

  it('does not check a document with a NUL character, and says where it is', async () => {
    const client = await started();
    const uri = 'file:///srv/app/deploy/pod.yaml';
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: "p\0"\nspec:\n  containers:\n    - name: c\n      image: nginx\n';
    const { diagnostics } = await client.open(uri, 'yaml', text);
    expect(diagnostics.map(shape)).toEqual([['skipped', 1, 3, 10, 3, 11]]);
    expect(diagnostics[0].message).toBe('NUL byte at 4:11; the file cannot be checked.');
  }, 60_000);

  it('publishes at most 1,000 diagnostics, the most severe first, and a note counting the rest', async () => {
    const client = await started({ waitMs: 60_000 });
    const text = tinyPods(1024 * 1024);
    const uri = 'file:///srv/app/pods.yaml';
    const { diagnostics } = await client.open(uri, 'yaml', text);
    await initParsers();
    const all = lintBySlices('/srv/app/pods.yaml', text, rules, { preset: 'recommended' })!;
    const { findings, omitted } = capFindings([...all], 1000);
    expect(all.length).toBeGreaterThan(10_000);
    expect(diagnostics).toHaveLength(1001);
    expect(diagnostics.slice(0, 1000).map((d) => [d.code, d.range.start.line, d.range.start.character])).toEqual(
      findings.map((f) => [f.ruleId, f.range.start.line, f.range.start.character]),
    );
    const note = diagnostics[1000];
    expect(shape(note)).toEqual(['omitted', 3, 0, 0, 0, 0]);
    expect(note.message).toBe(
      `${omitted.toLocaleString('en-US')} more problems are not shown: the editor shows at most 1,000 per document (shiftguard.maxDiagnostics), the most severe first. \`shiftguard lint\` on this file lists them all.`,
    );
    // The most severe are kept: nothing published is less severe than anything left out.
    const rank = ['critical', 'high', 'medium', 'low'];
    const keptWorst = Math.max(...findings.map((f) => rank.indexOf(f.severity)));
    const omittedBest = Math.min(...all.filter((f) => !findings.includes(f)).map((f) => rank.indexOf(f.severity)));
    expect(keptWorst).toBeLessThanOrEqual(omittedBest);

    // A quick fix still belongs to the published diagnostic it names.
    const actions = await client.codeActions(uri, diagnostics[0].range, { diagnostics: [diagnostics[0]] });
    expect(actions!.some((a) => a.title === `Suppress ${diagnostics[0].code} here`)).toBe(true);

    const fewer = client.diagnostics(uri, (p) => p.diagnostics.length === 11);
    await client.configure({ maxDiagnostics: 10 });
    expect((await fewer).diagnostics[10].message).toMatch(/^[\d,]+ more problems are not shown: the editor shows at most 10 per document/);
  }, 90_000);

  it('caps what a workspace scan publishes for a file on disk the same way', async () => {
    const root = mkdtempSync(join(tmpdir(), 'shiftguard-scan-cap-'));
    try {
      writeFileSync(join(root, 'pods.yaml'), tinyPods(512 * 1024));
      const client = await started({ waitMs: 60_000 });
      const uri = pathToFileURL(join(root, 'pods.yaml')).href;
      const published = client.diagnostics(uri);
      const summary = await client.request<{ files: number; findings: number }>('shiftguard/lintWorkspace', { folders: [pathToFileURL(root).href] });
      const { diagnostics } = await published;
      expect(diagnostics).toHaveLength(1001);
      expect(shape(diagnostics[1000])).toEqual(['omitted', 3, 0, 0, 0, 0]);
      // The summary counts every finding, shown or not.
      expect(diagnostics[1000].message).toContain(`${(summary.findings - 1000).toLocaleString('en-US')} more problems are not shown`);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);

  it('answers a hover on another document while it lints a 5 MB manifest and a 1 MB Dockerfile', async () => {
    const client = await started({ waitMs: 120_000 });
    await client.open(smallUri, 'dockerfile', small);
    const manifestUri = 'file:///srv/app/generated/pods.yaml';
    const manifest = client.diagnosticsOf(manifestUri, 1);
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: manifestUri, languageId: 'yaml', version: 1, text: tinyPods(5 * 1024 * 1024) },
    });
    const whileManifest = await slowestHover(client, manifest);
    expect((await manifest).diagnostics).toHaveLength(1001);

    const dockerfileUri = 'file:///srv/app/generated/Dockerfile';
    const dockerfile = client.diagnosticsOf(dockerfileUri, 1);
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: dockerfileUri, languageId: 'dockerfile', version: 1, text: largeDockerfile(1024 * 1024) },
    });
    const whileDockerfile = await slowestHover(client, dockerfile);
    expect((await dockerfile).diagnostics).toHaveLength(1001);

    console.info(
      `slowest hover: ${whileManifest.slowest.toFixed(0)} ms of ${whileManifest.count} during the manifest, ` +
        `${whileDockerfile.slowest.toFixed(0)} ms of ${whileDockerfile.count} during the Dockerfile`,
    );
    // The aim is 100 ms; the bound leaves room for a loaded two-core machine.
    expect(whileManifest.slowest).toBeLessThan(1000);
    expect(whileDockerfile.slowest).toBeLessThan(1000);
  }, 180_000);

  it('answers a hover on another document while it lints YAML alias and merge-key bombs, and gives their findings', async () => {
    const client = await started({ waitMs: 120_000 });
    await client.open(smallUri, 'dockerfile', small);
    const codes = (d: Diagnostic) => [d.code, d.range.start.line + 1, d.range.start.character + 1];
    const cases = [
      { name: 'list', text: aliasedPodList(50_000), expected: [['K8S-002', 10, 13], ['K8S-003', 10, 13], ['K8S-005', 11, 14], ['K8S-001', 12, 37]] },
      // Checked and clean in the editor's preset: its tagged image only lacks a digest (strict), and no note says it was skipped.
      { name: 'merge', text: mergeKeyBomb(), expected: [] },
      { name: 'arguments', text: argumentsBomb(), expected: [['skipped', 17, 44]] },
    ];
    for (const { name, text, expected } of cases) {
      const uri = `file:///srv/app/bombs/${name}.yaml`;
      const published = client.diagnosticsOf(uri, 1);
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
      const { slowest } = await slowestHover(client, published);
      const diagnostics = (await published).diagnostics;
      expect(diagnostics.map(codes), name).toEqual(expected);
      console.info(`slowest hover during the ${name} bomb: ${slowest.toFixed(0)} ms`);
      expect(slowest, name).toBeLessThan(1000);
    }
  }, 120_000);

  it('gives the memory of a closed document back', async () => {
    const client = await started({ nodeArgs: ['--expose-gc'], waitMs: 120_000 });
    type Memory = { heapUsed: number; workerHeapUsed: number };
    const used = async () => {
      const memory = await client.request<Memory>('shiftguard/_gc', null);
      return (memory.heapUsed + memory.workerHeapUsed) / (1024 * 1024);
    };
    await client.open(smallUri, 'dockerfile', small);
    // Large enough for the worker too, so that it has started and its baseline counts.
    await client.open('file:///srv/app/warm/Dockerfile', 'dockerfile', largeDockerfile(64 * 1024));
    const before = await used();
    const uris = ['file:///srv/app/big/pods.yaml', 'file:///srv/app/big/Dockerfile'];
    await client.open(uris[0], 'yaml', tinyPods(4 * 1024 * 1024));
    await client.open(uris[1], 'dockerfile', largeDockerfile(4 * 1024 * 1024));
    const open = await used();
    for (const uri of uris) await client.close(uri);
    const after = await used();
    console.info(`heap: ${before.toFixed(0)} MiB before, ${open.toFixed(0)} MiB with two 4 MB documents open, ${after.toFixed(0)} MiB after closing them`);
    expect(open - before).toBeGreaterThan(40);
    expect(after - before).toBeLessThan(20);
  }, 180_000);
});

/** A DocumentLinter over one in-memory Dockerfile, as the server drives it. */
function harness(offThread: OffThreadLinter, ruleSet: readonly AnyRule[] = rules) {
  const documents = new Map<string, TextDocument>();
  const published: LintResult[] = [];
  const logged: string[] = [];
  const linter = new DocumentLinter({
    offThread,
    document: (uri) => documents.get(uri),
    settings: () => defaultSettings,
    rules: () => ruleSet,
    publish: (result) => published.push(result),
    log: (message) => logged.push(message),
  });
  const uri = 'file:///srv/app/big/Dockerfile';
  return {
    uri,
    logged,
    async lint(text: string, version: number): Promise<LintResult> {
      documents.set(uri, TextDocument.create(uri, 'dockerfile', version, text));
      linter.schedule(uri);
      await linter.idle();
      return published.at(-1)!;
    },
  };
}

describe('a lint worker that runs out of memory', () => {
  it('leaves a finding that says the document was not checked, a log line, and no second attempt on the same text', async () => {
    const worker = OffThreadLinter.create(build.outdir, 64)!;
    const { uri, logged, lint } = harness(worker);
    try {
      const text = largeDockerfile(6 * 1024 * 1024);
      const failed = await lint(text, 1);
      const message = 'Checking this file needed more than the 64 MiB heap of the lint worker; not checked.';
      expect(failed.findings.map((f) => [f.ruleId, f.severity, f.message, f.range.start])).toEqual([['skipped', 'error', message, { line: 0, character: 0 }]]);
      expect(logged).toEqual([`${uri} (version 1): ${message}`]);

      // The same text again (a settings change, an undo): answered at once, not sent to the worker.
      const start = performance.now();
      expect((await lint(text, 2)).findings.map((f) => f.message)).toEqual([message]);
      expect(performance.now() - start).toBeLessThan(1000);
      expect(logged).toHaveLength(1);

      // A new worker checks the next text.
      const next = await lint(largeDockerfile(40 * 1024), 3);
      expect(new Set(next.findings.map((f) => f.ruleId))).toContain('DKR-001');
    } finally {
      worker.dispose();
    }
  }, 120_000);
});

describe('a small document whose lint is slow', () => {
  it('is linted on the worker from then on', async () => {
    // Slow on this thread only: the worker runs the shipped rules, which tells the two apart.
    const slow = {
      ...wordRule,
      check() {
        const until = performance.now() + slowLintMs + 20;
        while (performance.now() < until);
      },
    } as AnyRule;
    const worker = OffThreadLinter.create(build.outdir)!;
    const { lint } = harness(worker, [slow]);
    try {
      expect((await lint(small, 1)).findings).toEqual([]);
      expect((await lint(`${small}# edited\n`, 2)).findings.map((f) => f.ruleId)).toContain('DKR-001');
    } finally {
      worker.dispose();
    }
  }, 60_000);
});

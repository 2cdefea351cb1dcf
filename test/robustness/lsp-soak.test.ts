import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic, PublishDiagnosticsParams, Range } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { rules } from '../../rules';
import { parseChecked } from '../../server/src/cli/check-file';
import { ModuleLoader } from '../../server/src/cli/terraform-modules';
import { lint, type LintContext } from '../../server/src/engine/lint';
import { toDiagnostic } from '../../server/src/lsp/diagnostics';
import { defaultSettings, lintConfigOf } from '../../server/src/lsp/settings';
import { initParsers } from '../../server/src/parsers';
import { privateBuild, repositoryRoot, StdioClient } from '../helpers/stdio-client';
import { Random, type Syntax } from './mutations';

// The built language server over stdio, as an editor runs it, under thousands of random edits to
// several documents at once: typed keystrokes, pastes, deletions across lines, multi-cursor
// changes, undo that repairs what an edit broke, documents closed and opened again; sent as fast
// as a person types, without waiting for diagnostics, with an occasional pause. At checkpoints
// the last diagnostics of every open document must equal a fresh lint of its text in the same
// module context, and at the end the server must still answer and exit cleanly, its memory back
// near where it was after the first round.
//
//   SHIFTGUARD_SOAK_EDITS=50000 npx vitest run test/robustness/lsp-soak.test.ts   (long mode)
//   SHIFTGUARD_SOAK_SEED=<n>     replays a run (the seed of a failing run is in its message)

const editCount = Number(process.env.SHIFTGUARD_SOAK_EDITS ?? 2_000);
const seed = Number(process.env.SHIFTGUARD_SOAK_SEED ?? 20_251_123);
const checkpoints = Math.max(8, Math.round(editCount / 250));
const fixtures = join(repositoryRoot, 'test-fixtures');

const chance = (random: Random, p: number) => random.next() < p;

/** What people type in each syntax, whole or in part: tokens that open, close and break structure. */
const snippets: Record<Syntax, string[]> = {
  hcl: [
    '{', '}', '"', '\n', ' = ', '[', ']', ',', '#', '${', '/*', '*/', 'true', 'false', '"0.0.0.0/0"', 'var.admin_cidr',
    'local.name_prefix', '\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n',
    '\nresource "aws_ebs_volume" "extra" {\n  size      = 10\n  encrypted = false\n}\n',
    '\nvariable "extra" {\n  default = "0.0.0.0/0"\n}\n', '<<EOT\nline\nEOT\n', 'tags = { owner = "é😀" }\n', 'for_each = toset(["a", "b"])\n',
  ],
  json: ['{', '}', '"', ',', ':', '[', ']', '\n', '"cidr_blocks": ["0.0.0.0/0"]', '"from_port": 22,', '"to_port": 3389,', 'null', '"é😀"'],
  yaml: [
    '---\n', '\n', '  ', '- ', ': ', '#', '"', "'", '{', '[', '|\n', '\t', '&anchor ', '*anchor', 'privileged: true', 'runAsUser: 0',
    'image: nginx:latest', 'hostNetwork: true\n', '\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: typed\nspec:\n  containers:\n    - name: c\n      image: busybox\n',
    '      securityContext:\n        privileged: true\n', 'name: é😀',
  ],
  dockerfile: ['\n', 'FROM alpine:latest\n', 'USER root\n', 'RUN curl -k https://example.com/x.sh | sh\n', 'ENV API_TOKEN=abc123\n', '\\\n', 'ARG X\n', '${X}', ' AS stage', '"', '['],
};

interface SoakDocument {
  uri: string;
  path: string;
  languageId: string;
  syntax: Syntax;
  /** How often it is picked for an edit, relative to the others. */
  weight: number;
  document: TextDocument;
  open: boolean;
  /** Index in the client's publish log from which diagnostics belong to the current opening. */
  openedAt: number;
  /** Inverse changes, most recent last: applying them repairs what edits broke. */
  undo: Change[];
  /** Where the last edit happened: most edits stay near the cursor. */
  cursor: number;
}

/**
 * The workspace: a Terraform module (two files open, the others on disk, a `.tf.json` among
 * them), a configuration that calls it, a large multi-document manifest, a small one and a
 * Dockerfile, all copies of the fixtures.
 */
function makeWorkspace(root: string): SoakDocument[] {
  const network = join(root, 'infra', 'network');
  mkdirSync(network, { recursive: true });
  for (const name of ['main.tf', 'variables.tf', 'locals.tf', 'terraform.tfvars']) {
    copyFileSync(join(fixtures, 'terraform', 'module-with-variables', name), join(network, name));
  }
  copyFileSync(join(fixtures, 'terraform', 'aws-sg-open-rdp.tf.json'), join(network, 'rdp.tf.json'));
  const live = join(root, 'infra', 'live');
  mkdirSync(live, { recursive: true });
  writeFileSync(
    join(live, 'main.tf'),
    'module "network" {\n  source        = "../network"\n  admin_cidr    = "0.0.0.0/0"\n  ebs_encrypted = false\n}\n\n' +
      readFileSync(join(fixtures, 'terraform', 'unencrypted-ebs.tf'), 'utf8'),
  );
  const deploy = join(root, 'deploy');
  mkdirSync(deploy, { recursive: true });
  const manifests = ['multi-document-app', 'privileged-daemonset', 'root-deployment', 'hostpath-docker-sock', 'latest-image-cronjob', 'ok-restricted-deployment']
    .map((name) => readFileSync(join(fixtures, 'kubernetes', `${name}.yaml`), 'utf8').trimEnd());
  // About 100 KB and 150 documents: large, yet below the size that is linted off the main thread.
  writeFileSync(join(deploy, 'all.yaml'), `${Array.from({ length: 17 }, () => manifests.join('\n---\n')).join('\n---\n')}\n`);
  copyFileSync(join(fixtures, 'kubernetes', 'privileged-daemonset.yaml'), join(deploy, 'daemonset.yaml'));
  mkdirSync(join(root, 'app'));
  // Saved on Windows: CRLF line ends.
  writeFileSync(join(root, 'app', 'Dockerfile'), readFileSync(join(fixtures, 'dockerfile', 'multi-stage.Dockerfile'), 'utf8').replace(/\n/g, '\r\n'));

  const documents: [string, string, Syntax, number][] = [
    ['infra/network/main.tf', 'terraform', 'hcl', 5],
    ['infra/network/variables.tf', 'terraform', 'hcl', 2],
    ['infra/network/rdp.tf.json', 'json', 'json', 1],
    ['infra/live/main.tf', 'terraform', 'hcl', 2],
    ['deploy/all.yaml', 'yaml', 'yaml', 4],
    ['deploy/daemonset.yaml', 'yaml', 'yaml', 1],
    ['app/Dockerfile', 'dockerfile', 'dockerfile', 1],
  ];
  return documents.map(([relativePath, languageId, syntax, weight]) => {
    const path = join(root, relativePath);
    const uri = pathToFileURL(path).href;
    return {
      uri, path, languageId, syntax, weight, open: false, openedAt: 0, undo: [], cursor: 0,
      document: TextDocument.create(uri, languageId, 1, readFileSync(path, 'utf8')),
    };
  });
}

/** An offset that splits neither a surrogate pair nor a CRLF: editors never place the cursor there. */
function safeOffset(text: string, offset: number): number {
  const code = text.charCodeAt(offset);
  const splitsPair = code >= 0xdc00 && code <= 0xdfff;
  const splitsLineEnd = text[offset] === '\n' && text[offset - 1] === '\r';
  return offset > 0 && (splitsPair || splitsLineEnd) ? offset - 1 : offset;
}

type Change = { range: Range; text: string };

/** The next thing a person does to a document: one notification, or several when typed key by key. */
function nextNotifications(random: Random, target: SoakDocument): Change[][] {
  const text = target.document.getText();
  const scratch = TextDocument.create('', '', 0, text);
  const near = chance(random, 0.6) ? target.cursor + random.below(200) - 100 : random.below(text.length + 1);
  const start = safeOffset(text, Math.max(0, Math.min(text.length, near)));
  const length = chance(random, 0.8) ? 1 + random.below(8) : random.below(400);
  const end = safeOffset(text, Math.min(text.length, start + length));
  const range = { start: scratch.positionAt(start), end: scratch.positionAt(end) };
  const insertion = { start: range.start, end: range.start };
  const snippet = random.pick(snippets[target.syntax]);
  const choice = random.next();
  if (choice < 0.35) {
    // Typed: one notification per character, each placed after the previous one.
    let typed = scratch;
    let offset = start;
    return Array.from(snippet).map((char) => {
      const position = typed.positionAt(offset);
      const keystroke = { range: { start: position, end: position }, text: char };
      typed = TextDocument.update(typed, [keystroke], 0);
      offset += char.length;
      return [keystroke];
    });
  }
  if (choice < 0.55) return [[{ range: insertion, text: snippet }]];
  if (choice < 0.75) return [[{ range, text: '' }]];
  if (choice < 0.9) return [[{ range, text: snippet }]];
  // Two cursors: both changes in one notification, the second placed in the text after the first.
  const first = { range, text: snippet };
  const afterFirst = TextDocument.update(scratch, [first], 0);
  const second = afterFirst.positionAt(safeOffset(afterFirst.getText(), random.below(afterFirst.getText().length + 1)));
  return [[first, { range: { start: second, end: second }, text: random.pick(snippets[target.syntax]) }]];
}

/** Applies one notification's changes to the mirror as the next version, remembering how to undo them. */
function applyToMirror(target: SoakDocument, changes: readonly Change[], record: boolean): void {
  let document = target.document;
  for (const change of changes) {
    const start = document.offsetAt(change.range.start);
    const removed = document.getText().slice(start, document.offsetAt(change.range.end));
    document = TextDocument.update(document, [change], document.version);
    if (record) target.undo.push({ range: { start: change.range.start, end: document.positionAt(start + change.text.length) }, text: removed });
    target.cursor = start + change.text.length;
  }
  target.document = TextDocument.update(document, [], document.version + 1);
}

interface Comparable {
  code: Diagnostic['code'];
  severity: Diagnostic['severity'];
  range: Range;
  message: string;
  related: [string, Range, string][];
}

function comparable(diagnostic: Diagnostic): Comparable {
  return {
    code: diagnostic.code,
    severity: diagnostic.severity,
    range: diagnostic.range,
    message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
    related: (diagnostic.relatedInformation ?? []).map((r) => [r.location.uri, r.location.range, r.message]),
  };
}

/** What a fresh lint of the document's text gives, in the same module context as the server's. */
async function freshDiagnostics(root: string, target: SoakDocument, documents: readonly SoakDocument[]): Promise<Comparable[]> {
  const file = await parseChecked(target.path, target.document.getText());
  const openTexts = new Map(documents.filter((d) => d.open).map((d) => [d.path, d.document.getText()]));
  const context: LintContext = file.kind === 'terraform' ? new ModuleLoader([root], (path) => openTexts.get(path)).contextFor(file) : {};
  const findings = lint(file, rules, lintConfigOf(defaultSettings), context);
  return findings.map((finding, index) => comparable(toDiagnostic(finding, { version: target.document.version, index }, target.uri)));
}

function rssKiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(line?.match(/\d+/)?.[0] ?? Number.NaN);
}

describe('language server soak', () => {
  let build: ReturnType<typeof privateBuild>;
  let root: string;
  beforeAll(async () => {
    build = privateBuild('shiftguard-soak-');
    root = realpathSync(mkdtempSync(join(tmpdir(), 'shiftguard-soak-ws-')));
    await initParsers();
  });
  afterAll(() => {
    build?.remove();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it(`stays correct, responsive and bounded in memory over ${editCount} random edits`, async () => {
    const random = new Random(seed);
    const documents = makeWorkspace(root);
    const client = new StdioClient(build.serverJs, { nodeArgs: ['--expose-gc'], waitMs: 30_000 });
    const context = `seed ${seed}, ${editCount} edits; replay with SHIFTGUARD_SOAK_SEED=${seed} SHIFTGUARD_SOAK_EDITS=${editCount}`;
    try {
      await client.request('initialize', {
        processId: process.pid,
        rootUri: pathToFileURL(root).href,
        workspaceFolders: [{ uri: pathToFileURL(root).href, name: basename(root) }],
        capabilities: {
          workspace: { configuration: true },
          textDocument: { publishDiagnostics: { versionSupport: true, relatedInformation: true } },
        },
      });
      await client.connection.sendNotification('initialized', {});

      const open = async (target: SoakDocument) => {
        target.open = true;
        target.openedAt = client.published.length;
        target.document = TextDocument.create(target.uri, target.languageId, 1, target.document.getText());
        await client.connection.sendNotification('textDocument/didOpen', {
          textDocument: { uri: target.uri, languageId: target.languageId, version: 1, text: target.document.getText() },
        });
      };
      const close = async (target: SoakDocument) => {
        target.open = false;
        await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: target.uri } });
      };
      const send = (target: SoakDocument, changes: Change[]) => client.change(target.uri, target.document.version, changes);
      const latest = (target: SoakDocument): PublishDiagnosticsParams | undefined =>
        client.published.slice(target.openedAt).filter((p) => p.uri === target.uri).at(-1);
      const isCurrent = (target: SoakDocument, p: PublishDiagnosticsParams | undefined) => p?.version === target.document.version;

      /** Waits until every open document's last diagnostics are those of a fresh lint of its text. */
      const settleAndCompare = async (label: string) => {
        for (const target of documents.filter((d) => d.open)) {
          const expected = await freshDiagnostics(root, target, documents);
          const matches = (p: PublishDiagnosticsParams | undefined) =>
            isCurrent(target, p) && JSON.stringify(p!.diagnostics.map(comparable)) === JSON.stringify(expected);
          if (matches(latest(target))) continue;
          try {
            await client.diagnostics(target.uri, matches, 20_000);
          } catch {
            const dump = join(tmpdir(), `shiftguard-soak-${seed}-${basename(target.path)}`);
            writeFileSync(dump, target.document.getText());
            const last = latest(target);
            expect.soft(
              { version: last?.version, diagnostics: last?.diagnostics.map(comparable) },
              `${label}: ${target.uri} (text in ${dump}); ${context}`,
            ).toEqual({ version: target.document.version, diagnostics: expected });
            throw new Error(`${label}: diagnostics of ${target.uri} differ from a fresh lint; ${context}`);
          }
        }
      };

      const memory = async () => {
        await client.request('shiftguard/_gc', null);
        const usage = await client.request<NodeJS.MemoryUsage>('shiftguard/_gc', null);
        return { rssKiB: rssKiB(client.child.pid!), heapUsedKiB: Math.round(usage.heapUsed / 1024) };
      };

      for (const target of documents) await open(target);
      await settleAndCompare('after opening');

      const totalWeight = documents.reduce((sum, d) => sum + d.weight, 0);
      const pickDocument = () => {
        let ticket = random.below(totalWeight);
        return documents.find((d) => (ticket -= d.weight) < 0)!;
      };
      let firstRound: { rssKiB: number; heapUsedKiB: number } | undefined;
      let sent = 0;
      let checkpoint = 1;
      const openAll = async () => {
        for (const closed of documents.filter((d) => !d.open)) await open(closed);
      };
      const undo = async (target: SoakDocument) => {
        const inverse = target.undo.pop()!;
        applyToMirror(target, [inverse], false);
        await send(target, [inverse]);
        sent++;
      };
      /** One action on a document: undo the last change, or make a new one (typed key by key or at once). */
      const act = async (target: SoakDocument) => {
        if (target.undo.length > 0 && chance(random, 0.3)) {
          await undo(target);
          return;
        }
        for (const changes of nextNotifications(random, target)) {
          applyToMirror(target, changes, true);
          await send(target, changes);
          sent++;
          // Typing speed: most keystrokes back to back, some a few milliseconds apart.
          if (chance(random, 0.1)) await new Promise((resolve) => setTimeout(resolve, random.below(4)));
        }
      };
      const diagnosticsOfCurrentVersion = async (target: SoakDocument) => {
        if (!isCurrent(target, latest(target))) await client.diagnostics(target.uri, (p) => isCurrent(target, p));
      };

      // A person works on one document for a while, sometimes stops to read its diagnostics, and
      // moves on: edits to one file then land after the others were linted, as in an editor.
      while (sent < editCount) {
        const target = pickDocument();
        if (!target.open) {
          if (chance(random, 0.5)) await open(target);
          continue;
        }
        if (chance(random, 0.05)) {
          await close(target);
          continue;
        }
        const stretch = 1 + random.below(25);
        const clean = target.undo.length;
        for (let action = 0; action < stretch && sent < editCount; action++) await act(target);
        if (chance(random, 0.25)) await diagnosticsOfCurrentVersion(target);
        // Most of what breaks a file is repaired soon after, so that rules keep having something to
        // find; the rest drifts, within limits.
        const keep = chance(random, 0.7) ? Math.min(clean, target.undo.length) : Math.min(target.undo.length, 60);
        while (target.undo.length > keep && sent < editCount) await undo(target);
        if (sent >= (checkpoint * editCount) / checkpoints && sent < editCount) {
          // Memory is compared with every document open; in between, closed documents stay closed.
          if (checkpoint === 1) await openAll();
          await settleAndCompare(`checkpoint ${checkpoint} (${sent} edits)`);
          if (checkpoint === 1) firstRound = await memory();
          checkpoint++;
        }
      }
      await openAll();
      await settleAndCompare(`the end (${sent} edits)`);

      // Still answering: a hover and quick fixes where the findings are.
      for (const target of documents) {
        const diagnostic = latest(target)?.diagnostics.find((d) => /^[A-Z0-9]+-\d+$/.test(String(d.code)));
        if (!diagnostic) continue;
        const hover = await client.hover(target.uri, diagnostic.range.start);
        expect(JSON.stringify(hover), `${target.uri} ${context}`).toContain(String(diagnostic.code));
        const actions = await client.codeActions(target.uri, diagnostic.range, { diagnostics: [diagnostic] });
        expect(Array.isArray(actions), `${target.uri} ${context}`).toBe(true);
      }

      const end = await memory();
      console.log(`soak: ${sent} edits, ${client.published.length} publishes; after the first round ${JSON.stringify(firstRound)}, at the end ${JSON.stringify(end)}`);
      // Memory returns near the first round's: what a leak of even a few KiB per edit would exceed.
      expect(end.heapUsedKiB, context).toBeLessThan(firstRound!.heapUsedKiB * 1.3 + 8 * 1024);
      expect(end.rssKiB, context).toBeLessThan(firstRound!.rssKiB * 1.3 + 48 * 1024);

      // The last word of each document is still a fresh lint's, after all the requests.
      for (const target of documents) {
        const expected = await freshDiagnostics(root, target, documents);
        expect(latest(target)?.diagnostics.map(comparable), `${target.uri} ${context}`).toEqual(expected);
      }

      const exited = new Promise<number | null>((resolve) => client.child.once('exit', (code) => resolve(code)));
      await client.request('shutdown', null);
      await client.connection.sendNotification('exit');
      expect(await exited).toBe(0);
    } finally {
      await client.dispose();
    }
  }, Math.max(60_000, editCount * 30));
});

import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collectFiles } from '../../server/src/cli/walk';
import { defineRule, type AnyRule } from '../../server/src/engine/rule';
import type { Finding } from '../../server/src/engine/types';
import { scanWorkspace, type ScanHost } from '../../server/src/lsp/workspace-scan';
import { defaultSettings } from '../../server/src/lsp/settings';
import { initParsers } from '../../server/src/parsers';
import { makeTree, runCli } from '../helpers/cli';
import { InProcessClient } from '../helpers/lsp-client';
import { publicRule } from '../helpers/terraform-rules';

// Terraform reads beyond the file being checked: local modules and `file()`. Those reads stay
// inside the tree being checked (the CLI's paths, the editor's workspace folders), whether the
// way out is `..`, an absolute path or a symbolic link. Symbolic link loops in the tree end
// neither the file walk nor the module walk in an endless loop.

/** Shows what `file()` read: the content of every `demo_file` whose content is known. */
const fileRule = defineRule({
  id: 'TF-901',
  title: 'Show what file() read',
  target: 'terraform',
  severity: 'low',
  preset: 'recommended',
  requirements: ['2.1'],
  docs: { rationale: 'A synthetic rule for path tests.', remediation: 'None.' },
  messages: { read: 'Read "{{content}}".' },
  examples: { bad: '', good: '' },
  check({ file, module, report }) {
    for (const resource of file.resources('demo_file')) {
      for (const view of module.instances(resource)) {
        const value = view.value('content');
        if (value?.kind === 'string') report({ at: view.attribute('content')!.value.range, messageId: 'read', data: { content: value.value.trim() } });
      }
    }
  },
}) as unknown as AnyRule;

const testRules = [publicRule, fileRule];

interface JsonFinding {
  ruleId: string;
  message: string;
  range: { start: { line: number } };
}

async function lintJson(cwd: string, paths: string[] = ['.']): Promise<{ code: number; byPath: Map<string, JsonFinding[]> }> {
  const run = await runCli(['lint', ...paths, '--format', 'json'], { cwd, rules: testRules });
  expect(run.stderr).toBe('');
  const files = JSON.parse(run.stdout).files as { path: string; findings: JsonFinding[] }[];
  return { code: run.code, byPath: new Map(files.map((f) => [f.path, f.findings])) };
}

const publicModule = 'variable "public" {}\nresource "demo_thing" "t" {\n  public = var.public\n}\n';

/**
 * `base/ws` is the tree checked; `base/outside*` lies beside it. Checking `base` instead is the
 * control: the same sources are then inside the tree and must be followed.
 */
function escapingTree(): { base: string; ws: string } {
  const base = makeTree({
    'outside/main.tf': publicModule,
    'outside/secret.txt': 'outside secret\n',
    'outside-vendor/thing/main.tf': publicModule,
    'outside-vendor/secret.txt': 'vendored secret\n',
    'ws/shared/ok.txt': 'shared inside\n',
  });
  const ws = join(base, 'ws');
  const absolute = join(base, 'outside');
  const modules = [
    ['dotdot', '../../outside'],
    ['linked', './linked'],
    ['through', '../vendor/thing'],
    ['absolute', absolute],
  ];
  const files = [
    ['dotdot', '../../outside/secret.txt'],
    ['link', 'secret-link.txt'],
    ['absolute', join(absolute, 'secret.txt')],
    ['through', '../vendor/secret.txt'],
    ['inside', '../shared/ok.txt'],
  ];
  makeTreeAt(ws, {
    'live/main.tf': modules.map(([name, source]) => `module "${name}" {\n  source = "${source}"\n  public = true\n}\n`).join(''),
    'live/files.tf': files.map(([name, path]) => `resource "demo_file" "${name}" {\n  content = file("${path}")\n}\n`).join(''),
  });
  // A link in the module folder to a folder outside, a linked folder inside the tree, a linked file.
  symlinkSync(join(base, 'outside'), join(ws, 'live', 'linked'));
  symlinkSync(join(base, 'outside-vendor'), join(ws, 'vendor'));
  symlinkSync(join(base, 'outside', 'secret.txt'), join(ws, 'live', 'secret-link.txt'));
  return { base, ws };
}

function makeTreeAt(root: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

const moduleMessages = (findings: JsonFinding[] | undefined) =>
  (findings ?? []).filter((f) => f.ruleId === 'TF-900' || f.ruleId === 'unsupported').map((f) => [f.range.start.line, f.message]);
const readMessages = (findings: JsonFinding[] | undefined) => (findings ?? []).filter((f) => f.ruleId === 'TF-901').map((f) => [f.range.start.line, f.message]);

describe('Terraform reads stay inside the tree being checked', () => {
  it('does not follow module sources out through .., an absolute path, a linked folder or a link to a folder inside', async () => {
    const { base, ws } = escapingTree();
    const absoluteNote = [14, `Module "absolute" comes from "${join(base, 'outside')}", which is not a local path: it was not analysed.`];
    const outsideNote = (line: number, name: string, source: string) => [line, `Module "${name}" comes from "${source}", outside the checked tree: it was not analysed.`];

    const confined = await lintJson(ws);
    expect(moduleMessages(confined.byPath.get('live/main.tf'))).toEqual([
      outsideNote(2, 'dotdot', '../../outside'),
      outsideNote(6, 'linked', './linked'),
      outsideNote(10, 'through', '../vendor/thing'),
      absoluteNote,
    ]);

    // The control: checked from `base`, the three local sources are inside the tree.
    const wider = await lintJson(base);
    expect(moduleMessages(wider.byPath.get('ws/live/main.tf'))).toEqual([
      [3, 'In module "dotdot" (../../outside): This demo thing is public.'],
      [7, 'In module "linked" (./linked): This demo thing is public.'],
      [11, 'In module "through" (../vendor/thing): This demo thing is public.'],
      absoluteNote,
    ]);
  });

  it('does not read file() paths out through .., an absolute path, a linked file or a linked folder', async () => {
    const { base, ws } = escapingTree();
    const confined = (await lintJson(ws)).byPath.get('live/files.tf');
    expect(readMessages(confined)).toEqual([[14, 'Read "shared inside".']]);
    // Each read that was not made is named where it is written, as not analysed.
    const notRead = (path: string) => `file("${path}") was not read (outside the checked tree): its value is unknown to the checks.`;
    expect(moduleMessages(confined)).toEqual([
      [2, notRead('../../outside/secret.txt')],
      [5, notRead('secret-link.txt')],
      [8, notRead(join(base, 'outside', 'secret.txt'))],
      [11, notRead('../vendor/secret.txt')],
    ]);
    expect(readMessages((await lintJson(base)).byPath.get('ws/live/files.tf'))).toEqual([
      [2, 'Read "outside secret".'],
      [5, 'Read "outside secret".'],
      [8, 'Read "outside secret".'],
      [11, 'Read "vendored secret".'],
      [14, 'Read "shared inside".'],
    ]);
  });

  it('confines a file named on the command line to its own folder', async () => {
    const { ws } = escapingTree();
    const { byPath } = await lintJson(join(ws, 'live'), ['files.tf']);
    expect(readMessages(byPath.get('files.tf'))).toEqual([]);
  });

  it('confines the language server to its workspace folder', async () => {
    await initParsers();
    const { ws } = escapingTree();
    const client = new InProcessClient({ offThread: false, rules: testRules });
    try {
      await client.connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(ws).href, capabilities: {} });
      await client.connection.sendNotification('initialized', {});
      const uri = pathToFileURL(join(ws, 'live', 'files.tf')).href;
      const published = client.diagnostics(uri);
      await client.open(uri, 'terraform', 'resource "demo_file" "a" {\n  content = file("../../outside/secret.txt")\n}\n' +
        'resource "demo_file" "b" {\n  content = file("../shared/ok.txt")\n}\n' +
        'module "m" {\n  source = "./linked"\n  public = true\n}\n');
      expect((await published).diagnostics.map((d) => [d.code, d.range.start.line, d.message])).toEqual([
        ['unsupported', 1, 'file("../../outside/secret.txt") was not read (outside the checked tree): its value is unknown to the checks.'],
        ['TF-901', 4, 'Read "shared inside". [req 2.1]'],
        ['unsupported', 7, 'Module "m" comes from "./linked", outside the checked tree: it was not analysed.'],
      ]);
    } finally {
      client.dispose();
    }
  });
});

describe('module calls around symbolic link cycles', () => {
  it('follows a module through a link once, and stops where the links lead back to a module on the call path', async () => {
    const cwd = makeTree({
      'a/main.tf': 'module "self" {\n  source = "./self"\n  public = true\n}\nmodule "b" {\n  source = "./to-b"\n  public = true\n}\n' + publicModule,
      'b/main.tf': 'module "a" {\n  source = "./to-a"\n  public = true\n}\nmodule "again" {\n  source = "./to-b-again"\n  public = true\n}\n' + publicModule,
    });
    symlinkSync('.', join(cwd, 'a', 'self'));
    symlinkSync('../b', join(cwd, 'a', 'to-b'));
    symlinkSync('../a', join(cwd, 'b', 'to-a'));
    symlinkSync('../b', join(cwd, 'b', 'to-b-again'));
    const started = Date.now();
    const { byPath } = await lintJson(cwd);
    expect(Date.now() - started).toBeLessThan(10_000);
    // `b` is linted once as called by `a`; its own calls lead back to `a` and `b`, already on the path.
    expect(moduleMessages(byPath.get('a/main.tf'))).toEqual([[7, 'In module "b" (./to-b): This demo thing is public.']]);
    expect(moduleMessages(byPath.get('b/main.tf'))).toEqual([[3, 'In module "a" (./to-a): This demo thing is public.']]);
  });
});

/** Every file the walk yields, relative to `root`, with the note of those it cannot check. */
function walked(root: string, paths = ['.']): string[] {
  return collectFiles(paths, root).map((c) => relative(root, c.path) + (c.unread ? ` (${c.unread.severity}: ${c.unread.message})` : ''));
}

/** A tree with link loops: a folder linking to its parent and to itself, two folders linking to each other. */
function loopTree(): string {
  const root = makeTree({
    'app/Dockerfile': 'FROM alpine:3.20\n',
    'app/deep/main.tf': 'resource "demo_thing" "x" {\n  public = true\n}\n',
    'x/pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n',
    'y/Dockerfile': 'FROM alpine:3.20\n',
  });
  symlinkSync('..', join(root, 'app', 'deep', 'up'));
  symlinkSync('.', join(root, 'app', 'here'));
  symlinkSync('../y', join(root, 'x', 'to-y'));
  symlinkSync('../x', join(root, 'y', 'to-x'));
  // A dangling link, a link to itself and a link to a file (checked under its own name: it may sit in another module).
  symlinkSync('gone.tf', join(root, 'app', 'dangling.tf'));
  symlinkSync('loop.tf', join(root, 'app', 'loop.tf'));
  symlinkSync('../y/Dockerfile', join(root, 'x', 'Dockerfile'));
  return root;
}

const loopTreeFiles = ['app/Dockerfile', 'app/deep/main.tf', 'x/Dockerfile', 'x/pod.yaml', 'y/Dockerfile'];
const danglingNote = 'Dangling symbolic link (to gone.tf, which does not exist); not checked.';
const loopNote = 'Symbolic link loop; not checked.';
/** The file links that lead nowhere: named, with a note each, never checked. */
const noteFiles = { 'app/dangling.tf': danglingNote, 'app/loop.tf': loopNote };
const loopTreeEntries = [...loopTreeFiles, ...Object.keys(noteFiles)].sort();

describe('symbolic link loops in the tree', () => {
  it('are not followed by the file walk: each file once, under its own path', () => {
    const root = loopTree();
    expect(walked(root)).toEqual(loopTreeEntries.map((path) => (path in noteFiles ? `${path} (info: ${noteFiles[path as keyof typeof noteFiles]})` : path)));
    // Starting inside a loop, or through a link to a folder, changes nothing.
    expect(walked(root, ['x/to-y'])).toEqual(['x/to-y/Dockerfile']);
    expect(walked(root, ['app/here', 'app']).filter((p) => !p.includes('('))).toEqual(['app/Dockerfile', 'app/deep/main.tf', 'app/here/Dockerfile', 'app/here/deep/main.tf']);
  });

  it('end a command-line run normally: a note for each file link that leads nowhere, none for the folder link cycles', async () => {
    const root = loopTree();
    const { code, byPath } = await lintJson(root);
    expect([...byPath.keys()].sort()).toEqual(loopTreeEntries);
    expect(byPath.get('app/deep/main.tf')!.map((f) => f.ruleId)).toEqual(['TF-900']);
    for (const [path, note] of Object.entries(noteFiles)) {
      expect(byPath.get(path)!.map((f) => [f.ruleId, f.range.start.line, f.message])).toEqual([['skipped', 1, note]]);
    }
    expect(code).toBe(1);
  });

  it('end a workspace scan of the language server, each file linted once', async () => {
    await initParsers();
    const root = loopTree();
    const visited: string[] = [];
    const published = new Map<string, Finding[]>();
    const host: ScanHost = {
      rules: () => testRules,
      settings: () => defaultSettings,
      isOpen: () => false,
      visit: (uri) => visited.push(uri),
      publish: (uri, findings) => published.set(uri, findings),
      isCancelled: () => false,
    };
    const summary = await scanWorkspace([root], host, { report: () => undefined });
    const expected = loopTreeEntries.map((path) => pathToFileURL(join(root, path)).href);
    expect(summary).toEqual({ files: expected.length, findings: 3, cancelled: false });
    expect(visited).toEqual(expected);
    expect([...published.keys()].sort()).toEqual(expected);
    for (const [path, note] of Object.entries(noteFiles)) {
      expect(published.get(pathToFileURL(join(root, path)).href)!.map((f) => [f.severity, f.message])).toEqual([['info', note]]);
    }
  });
});

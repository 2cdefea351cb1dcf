import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Worker as NodeWorker } from 'node:worker_threads';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { rules } from '../../rules';
import { checkFile } from '../../server/src/cli/check-file';
import { initParsers } from '../../server/src/parsers';
import { HclSyntaxChecker } from '../../server/src/parsers/terraform/hcl-syntax';
import { InProcessClient } from '../helpers/lsp-client';

// HashiCorp's parser runs in a worker thread that may die at any moment: killed from outside,
// `process.exit` inside the Go runtime, an uncaught exception, an endless loop. Every such death
// must cost at most the one check in flight: it resolves without a verdict (the caller keeps the
// tree-sitter problems), nothing rejects unhandled, and the next check gets a real verdict.
//
// No hook in the product: every Worker the code under test creates is recorded, and runs the real
// worker script behind a small prologue that dies on demand when the text holds a marker.

const spawned = vi.hoisted(() => [] as NodeWorker[]);

vi.mock('node:worker_threads', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:worker_threads')>();
  const prologue = [
    "const { parentPort, workerData } = require('node:worker_threads');",
    'parentPort.on("message", ({ text }) => {',
    "  if (text.includes('#die:exit')) process.exit(3);",
    "  if (text.includes('#die:throw')) throw new Error('injected crash');",
    "  if (text.includes('#die:hang')) for (;;);",
    '});',
    'require(workerData.script);',
  ].join('\n');
  class RecordedWorker extends actual.Worker {
    constructor(script: string | URL) {
      super(prologue, { eval: true, workerData: { script: String(script) } });
      spawned.push(this);
    }
  }
  return { ...actual, default: { ...actual, Worker: RecordedWorker }, Worker: RecordedWorker };
});

const valid = 'variable "x" {\n  default = 1\n}\n';
/** Valid for tree-sitter, an error for HashiCorp's parser: proves that a verdict came back. */
const onlyHashicorpRejects = 'resource "a" "b" {\n  tags = "x" x = 1\n}\n';
const hashicorpMessage = 'Missing newline after argument: An argument definition must end with a newline.';
/** About 1 MB: HashiCorp's parser needs a good second for it, long enough to be killed mid-parse. */
const large = 'resource "aws_instance" "x" {\n  ami  = "ami-0abc"\n  tags = { a = "b", c = "d" }\n}\n'.repeat(13_000);

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  await initParsers();
});
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
});

const checkers: HclSyntaxChecker[] = [];
afterEach(async () => {
  await Promise.all(checkers.splice(0).map((c) => c.dispose()));
  expect(unhandled).toEqual([]);
});

function checker(timeoutFor?: (text: string) => number, startupAllowanceMs?: number): HclSyntaxChecker {
  const made = new HclSyntaxChecker(timeoutFor, startupAllowanceMs);
  checkers.push(made);
  return made;
}

/** Resolves with the worker once the checker has started one and it runs. */
async function runningWorker(count: number): Promise<NodeWorker> {
  while (spawned.length < count) await new Promise((resolve) => setTimeout(resolve, 5));
  const worker = spawned[count - 1];
  await new Promise((resolve) => (worker.threadId > 0 ? setTimeout(resolve, 0) : worker.once('online', resolve)));
  return worker;
}

describe('HashiCorp parser worker dying in process', () => {
  it('resolves the check in flight when the worker is terminated from outside mid-parse, then recovers', async () => {
    const hcl = checker();
    const before = spawned.length;
    const started = Date.now();
    const inFlight = hcl.check('input.tf', large);
    const queued = hcl.check('input.tf', onlyHashicorpRejects);
    const worker = await runningWorker(before + 1);
    // Let the parse start: the message is posted as soon as the worker exists.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await worker.terminate();
    expect(await inFlight).toBeUndefined();
    // Far sooner than the time limit (20 s start-up allowance + 15 s): the exit itself ends the check.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await queued).toEqual({ ok: false, message: expect.stringContaining('Missing newline after argument') });
    expect(await hcl.check('input.tf', valid)).toEqual({ ok: true });
    expect(spawned.length).toBe(before + 2);
  });

  it.each([
    ['process.exit inside the worker', '#die:exit'],
    ['an uncaught exception inside the worker', '#die:throw'],
  ])('gives no verdict for the check that hit %s, and real verdicts to the checks queued behind it', async (_, marker) => {
    const hcl = checker();
    const results = await Promise.all([
      hcl.check('input.tf', `${valid}${marker}\n`),
      hcl.check('input.tf', onlyHashicorpRejects),
      hcl.check('input.tf', valid),
    ]);
    expect(results).toEqual([undefined, { ok: false, message: expect.stringContaining('Missing newline after argument') }, { ok: true }]);
  });

  it('gives no verdict for a check that overruns its time limit, without cutting short the next one', async () => {
    const hcl = checker((text) => (text.includes('#die:hang') ? 300 : 15_000), 500);
    const results = await Promise.all([
      hcl.check('input.tf', `${valid}#die:hang\n`),
      hcl.check('input.tf', onlyHashicorpRejects),
      hcl.check('input.tf', valid),
    ]);
    expect(results).toEqual([undefined, { ok: false, message: expect.stringContaining('Missing newline after argument') }, { ok: true }]);
  });

  it('survives repeated deaths: every check resolves, every healthy one with its verdict', async () => {
    const hcl = checker((text) => (text.includes('#die:hang') ? 200 : 15_000), 500);
    const markers = ['#die:exit', '', '#die:throw', '', '#die:hang', '', '#die:exit', '#die:throw', ''];
    const results = await Promise.all(markers.map((marker) => hcl.check('input.tf', `${valid}${marker}\n`)));
    expect(results).toEqual(markers.map((marker) => (marker ? undefined : { ok: true })));
  });

  it('resolves pending checks without a verdict when disposed mid-parse', async () => {
    const hcl = checker();
    const before = spawned.length;
    const inFlight = hcl.check('input.tf', large);
    const queued = hcl.check('input.tf', valid);
    await runningWorker(before + 1);
    await hcl.dispose();
    expect(await Promise.all([inFlight, queued])).toEqual([undefined, undefined]);
  });
});

describe('HashiCorp parser worker dying under the command line and the language server', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'shiftguard-hcl-worker-'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('checks a file whose HashiCorp check crashed with the tree-sitter parse, and the next file fully', async () => {
    const crashing = join(folder, 'crashing.tf');
    const next = join(folder, 'next.tf');
    // An SSH rule finding proves that the crashing file was still linted.
    writeFileSync(crashing, 'resource "aws_security_group_rule" "ssh" {\n  type        = "ingress"\n  description = "SSH"\n  from_port   = 22\n  to_port     = 22\n  protocol    = "tcp"\n  cidr_blocks = ["0.0.0.0/0"]\n}\n#die:exit\n');
    writeFileSync(next, onlyHashicorpRejects);
    const options = { maxFileSize: 1 << 20, fix: false, disabledRules: [], threshold: 'low' as const, keepText: false };
    const [first, second] = await Promise.all([checkFile(crashing, rules, options), checkFile(next, rules, options)]);
    expect(first.findings.map((f) => f.ruleId)).toEqual(['TF-001']);
    expect(second.findings.map((f) => [f.ruleId, f.message, f.range.start])).toEqual([['syntax', hashicorpMessage, { line: 1, character: 13 }]]);
  });

  it('keeps serving an editor: the crashed check leaves the fast diagnostics, the next edit gets the verdict', async () => {
    const client = new InProcessClient({ offThread: false });
    try {
      await client.initialize();
      const uri = pathToFileURL(join(folder, 'editing.tf')).href;
      const text = `${onlyHashicorpRejects}#die:throw\n`;
      const first = client.diagnostics(uri, (p) => p.version === 1);
      await client.open(uri, 'terraform', text);
      // Tree-sitter accepts the text: nothing to show until HashiCorp's parser answers, which it cannot.
      expect((await first).diagnostics).toEqual([]);

      const verdict = client.diagnostics(uri, (p) => p.version === 2 && p.diagnostics.length > 0);
      await client.change(uri, 2, [{ range: { start: { line: 3, character: 0 }, end: { line: 4, character: 0 } }, text: '' }]);
      const published = await verdict;
      expect(published.diagnostics.map((d) => [d.code, d.message, d.range.start])).toEqual([['syntax', hashicorpMessage, { line: 1, character: 13 }]]);
      // Checks run in order, so the crashed ones of version 1 are over: none of them published a verdict.
      const firstVersion = client.published.filter((p) => p.uri === uri && p.version === 1);
      expect(firstVersion.length).toBeGreaterThan(0);
      expect(firstVersion.every((p) => p.diagnostics.length === 0)).toBe(true);
    } finally {
      client.dispose();
    }
  });
});

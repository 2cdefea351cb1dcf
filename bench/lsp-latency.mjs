#!/usr/bin/env node
// Measures what a user of the language server feels, and what CI pays for the command line:
//
//  - per target file: didOpen → first diagnostics, and a keystroke (incremental didChange) →
//    the diagnostics of that version, each edit waiting for its own diagnostics before the next;
//  - the CLI's throughput over the whole corpus (files/s, MB/s).
//
// Run through `npm run bench` (which builds dist/ first). Files are read from the corpus at run
// time; its location comes from SHIFTGUARD_CORPUS (default: ../shared/corpus beside the checkout).
//
//   SHIFTGUARD_CORPUS=/path/to/corpus BENCH_EDITS=200 BENCH_OPENS=20 BENCH_CLI_RUNS=3 npm run bench
//
// Prints a table and writes bench/results/latest.json (see README, "Benchmark").

import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver-protocol/node');

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(process.env.SHIFTGUARD_CORPUS ?? join(root, '..', 'shared', 'corpus'));
const serverJs = join(root, 'dist', 'server.js');
const cliJs = join(root, 'dist', 'cli.js');
const positiveInt = (name, fallback) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) fail(`${name} must be a positive integer, got "${process.env[name]}"`);
  return value;
};
const edits = positiveInt('BENCH_EDITS', 200);
const opens = positiveInt('BENCH_OPENS', 20);
const cliRuns = positiveInt('BENCH_CLI_RUNS', 3);
const warmup = 5;
const waitMs = 120_000;

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

/**
 * Real-world files of typical editing size per target, and the largest manifest of the corpus
 * as a stress case. `at` picks the line a user would be typing on.
 */
const targets = [
  { name: 'dockerfile', languageId: 'dockerfile', file: 'dockerfile/argoproj__argo-cd/Dockerfile', at: /^RUN /, opens, edits },
  {
    name: 'kubernetes',
    languageId: 'yaml',
    file: 'kubernetes/argoproj__argo-cd/manifests/base/repo-server/argocd-repo-server-deployment.yaml',
    at: /^\s+image:/,
    opens,
    edits,
  },
  { name: 'terraform', languageId: 'terraform', file: 'terraform/terraform-aws-modules__terraform-aws-vpc/main.tf', at: /^\s+cidr_block\s*=/, opens, edits },
  {
    name: 'stress (argo-cd HA install)',
    languageId: 'yaml',
    file: 'kubernetes/argoproj__argo-cd/manifests/ha/install.yaml',
    at: /^\s+image:/,
    opens: Math.max(1, Math.ceil(opens / 4)),
    edits: Math.max(1, Math.ceil(edits / 10)),
  },
];

if (!existsSync(corpus)) {
  fail(`no corpus at ${corpus}: set SHIFTGUARD_CORPUS to a folder with terraform/, kubernetes/ and dockerfile/ inside`);
}
for (const target of targets) {
  if (!existsSync(join(corpus, target.file))) fail(`the corpus at ${corpus} has no ${target.file}; set SHIFTGUARD_CORPUS to the full corpus`);
}
for (const built of [serverJs, cliJs]) {
  if (!existsSync(built)) fail(`${relative(root, built)} is missing: run \`npm run build\` (npm run bench does)`);
}

/** Nearest-rank percentile of an ascending list. */
function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (n) => Math.round(n * 100) / 100;
  return {
    n: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    max: round(sorted.at(-1)),
    mean: round(sorted.reduce((a, b) => a + b, 0) / sorted.length),
  };
}

/** The server over stdio, as an editor starts it; diagnostics are awaited per URI and version. */
class Client {
  constructor() {
    this.child = spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.child.on('exit', (code, signal) => {
      if (!this.disposing) fail(`the server exited during the benchmark (code ${code}, signal ${signal})`);
    });
    this.waiters = [];
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (params) => {
      const at = performance.now();
      for (const waiter of [...this.waiters]) {
        if (waiter.uri === params.uri && waiter.version === params.version) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          clearTimeout(waiter.timer);
          waiter.resolve({ at, params });
        }
      }
    });
    this.connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  async initialize() {
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    });
    await this.connection.sendNotification('initialized', {});
  }

  /** Resolves with the arrival time and params of the first publish of `version` for `uri`. */
  published(uri, version) {
    return new Promise((resolve) => {
      const waiter = {
        uri,
        version,
        resolve,
        timer: setTimeout(() => fail(`no diagnostics for version ${version} of ${uri} within ${waitMs} ms`), waitMs),
      };
      this.waiters.push(waiter);
    });
  }

  async dispose() {
    this.disposing = true;
    await this.connection.sendRequest('shutdown').catch(() => undefined);
    await this.connection.sendNotification('exit').catch(() => undefined);
    setTimeout(() => this.child.kill('SIGKILL'), 2_000).unref();
    this.connection.dispose();
  }
}

/** A keystroke at the end of the chosen line: type one character, then delete it, alternately. */
function keystroke(lines, line, typed) {
  const end = lines[line].replace(/\r$/, '').length;
  return typed
    ? { range: { start: { line, character: end }, end: { line, character: end + 1 } }, text: '' }
    : { range: { start: { line, character: end }, end: { line, character: end } }, text: 'x' };
}

async function measure(client, target) {
  const path = join(corpus, target.file);
  const text = readFileSync(path, 'utf8');
  const uri = pathToFileURL(path).href;
  const lines = text.split('\n');
  const line = lines.findIndex((l) => target.at.test(l));
  if (line < 0) fail(`no line matching ${target.at} in ${target.file}`);

  // Versions only grow across reopenings, so that a late result of an earlier opening can never
  // be taken for the current one.
  let version = 0;
  const openSamples = [];
  let findings = 0;
  for (let i = 0; i < target.opens + 1; i++) {
    version += 1;
    const published = client.published(uri, version);
    const start = performance.now();
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: target.languageId, version, text } });
    const { at, params } = await published;
    // The first opening also loads the parsers' code paths: reported apart, not in the sample.
    if (i > 0) openSamples.push(at - start);
    findings = params.diagnostics.length;
    if (i < target.opens) await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  const editSamples = [];
  let typed = false;
  for (let i = 0; i < target.edits + warmup; i++) {
    version += 1;
    const change = keystroke(lines, line, typed);
    typed = !typed;
    const published = client.published(uri, version);
    const start = performance.now();
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    const { at } = await published;
    if (i >= warmup) editSamples.push(at - start);
  }
  await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });

  return {
    name: target.name,
    languageId: target.languageId,
    file: target.file,
    bytes: Buffer.byteLength(text),
    lines: lines.length,
    findings,
    editLine: line + 1,
    open: stats(openSamples),
    edit: stats(editSamples),
  };
}

function cliThroughput() {
  const durations = [];
  let report;
  let exitCode = 0;
  for (let i = 0; i < cliRuns; i++) {
    const start = performance.now();
    let stdout;
    try {
      stdout = execFileSync(process.execPath, [cliJs, 'lint', corpus, '--format', 'json'], { cwd: root, maxBuffer: 1024 * 1024 * 1024, encoding: 'utf8' });
      exitCode = 0;
    } catch (error) {
      // Exit 1 means findings were reported: the run itself succeeded.
      if (error.status !== 1 || !error.stdout) throw error;
      stdout = error.stdout;
      exitCode = 1;
    }
    durations.push((performance.now() - start) / 1000);
    report = JSON.parse(stdout);
  }
  const byKind = {};
  let bytes = 0;
  for (const file of report.files) {
    const size = statSync(resolve(root, file.path)).size;
    bytes += size;
    const kind = (byKind[file.kind ?? 'other'] ??= { files: 0, bytes: 0 });
    kind.files += 1;
    kind.bytes += size;
  }
  const seconds = [...durations].sort((a, b) => a - b)[Math.floor(durations.length / 2)];
  const round = (n) => Math.round(n * 100) / 100;
  return {
    command: `node dist/cli.js lint ${corpus} --format json`,
    runs: durations.map(round),
    seconds: round(seconds),
    filesChecked: report.summary.filesChecked,
    bytes,
    filesPerSecond: round(report.summary.filesChecked / seconds),
    megabytesPerSecond: round(bytes / 1e6 / seconds),
    findings: report.summary.findings,
    exitCode,
    byKind,
  };
}

function commit() {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

function kilobytes(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;
}

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows
    .map((r, i) => {
      const line = r.map((cell, c) => (c < 1 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join('  ');
      return i === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
    })
    .join('\n');
}

const machine = {
  node: process.version,
  platform: `${process.platform} ${os.release()}`,
  arch: process.arch,
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
};
console.log(`Shiftguard benchmark: ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}; corpus ${corpus}`);
console.log(`Language server over stdio: ${opens} openings and ${edits} keystrokes per target (fewer for the stress case)…`);

const client = new Client();
await client.initialize();
const lsp = [];
for (const target of targets) {
  lsp.push(await measure(client, target));
  process.stdout.write(`  ${target.name} done\n`);
}
await client.dispose();

console.log(`CLI over the corpus: ${cliRuns} run(s)…`);
const cli = cliThroughput();

const ms = (n) => n.toFixed(1);
console.log('');
console.log('Language server latency (ms): didOpen → first diagnostics, keystroke → diagnostics of that version');
console.log(
  table([
    ['target', 'size', 'findings', 'open p50', 'open p95', 'open max', 'edit p50', 'edit p95', 'edit max', 'edits'],
    ...lsp.map((r) => [
      r.name,
      kilobytes(r.bytes),
      r.findings,
      ms(r.open.p50),
      ms(r.open.p95),
      ms(r.open.max),
      ms(r.edit.p50),
      ms(r.edit.p95),
      ms(r.edit.max),
      r.edit.n,
    ]),
  ]),
);
for (const r of lsp) console.log(`  ${r.name}: ${r.file} (${r.lines} lines; keystrokes on line ${r.editLine})`);
console.log('');
console.log(
  `CLI: ${cli.filesChecked} files, ${(cli.bytes / 1e6).toFixed(2)} MB in ${cli.seconds} s (median of ${cli.runs.length}): ` +
    `${cli.filesPerSecond} files/s, ${cli.megabytesPerSecond} MB/s; ${cli.findings} findings`,
);

const result = { version: 1, createdAt: new Date().toISOString(), commit: commit(), machine, corpus, lsp: { server: 'dist/server.js --stdio', targets: lsp }, cli };
const out = join(root, 'bench', 'results', 'latest.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
console.log(`\nWrote ${relative(root, out)}`);

// One language server for the length of the editor sections: started, checked to validate, its
// memory taken with the largest files open, then fed targets and sample files one at a time and
// summarised at the end.

import { fail } from './config.mjs';
import { startClient } from './servers.mjs';
import { stats } from './stats.mjs';
import { openAll, typeInFile } from './typing.mjs';

const targetWarmupEdits = 5;
const sampleWarmupEdits = 2;

/** A broken file per kind: a server that validates must publish at least one diagnostic for it. */
const syntaxProbes = {
  dockerfile: { name: 'Dockerfile', languageId: 'dockerfile', text: 'FROM\n' },
  kubernetes: { name: 'probe.yaml', languageId: 'yaml', text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: [unclosed\n' },
  terraform: { name: 'probe.tf', languageId: 'terraform', text: 'resource "aws_s3_bucket" "b" {\n' },
};

function describe(file) {
  return { file: file.rel, bytes: file.bytes, lines: file.lines, editLine: file.point.line + 1, editColumn: file.point.character + 1 };
}

export class ServerSession {
  constructor(server, waitMs) {
    this.server = server;
    this.client = startClient(server, waitMs);
    this.targets = [];
    this.pooled = {};
  }

  handles(kind) {
    return this.server.kinds.includes(kind);
  }

  /** Starts the server, probes it, and takes its memory idle and with `largest` (of its kinds) open. */
  async start(largest) {
    await this.client.start();
    this.syntaxErrorsReported = await this.probeSyntaxErrors();
    const idle = this.client.memory();
    const own = largest.filter((f) => this.handles(f.kind));
    const uris = await openAll(this.client, own);
    const loaded = this.client.memory();
    for (const uri of uris) await this.client.close(uri);
    this.memory = { files: own.map((f) => f.rel), idleRssMiB: idle?.rssMiB ?? null, rssMiB: loaded?.rssMiB ?? null, peakRssMiB: null };
  }

  /**
   * Checks that the server validates with the settings it was given (for the peers: schemas
   * off), so that "its diagnostics have arrived" means validation ran.
   */
  async probeSyntaxErrors() {
    const counts = {};
    for (const kind of this.server.kinds) {
      const probe = syntaxProbes[kind];
      const uri = `file:///shiftguard-bench-probe/${probe.name}`;
      const { diagnostics } = await this.client.open(uri, probe.languageId, this.client.nextVersion(uri), probe.text);
      await this.client.close(uri);
      if (diagnostics.length === 0) fail(`${this.server.name} published no diagnostic for a ${kind} syntax error: it does not validate with these settings`);
      counts[kind] = diagnostics.length;
    }
    return counts;
  }

  async measureTarget(target) {
    const run = await typeInFile(this.client, target, { opens: target.opens, edits: target.edits, warmupEdits: targetWarmupEdits });
    this.targets.push({
      name: target.name,
      kind: target.kind,
      ...describe(target),
      diagnostics: run.diagnostics,
      firstOpenMs: Math.round(run.firstOpenMs * 100) / 100,
      open: stats(run.openSamples),
      edit: stats(run.editSamples),
    });
  }

  async measureSampleFile(file, counts) {
    const run = await typeInFile(this.client, file, { ...counts, warmupEdits: sampleWarmupEdits });
    const pooled = (this.pooled[file.kind] ??= { files: [], openSamples: [], editSamples: [] });
    pooled.files.push(file);
    pooled.openSamples.push(...run.openSamples);
    pooled.editSamples.push(...run.editSamples);
  }

  /** Stops the server and returns what it measured. */
  async finish() {
    this.memory.peakRssMiB = this.client.memory()?.peakRssMiB ?? null;
    await this.client.dispose();
    const sample = {};
    for (const [kind, pooled] of Object.entries(this.pooled)) {
      sample[kind] = {
        files: pooled.files.length,
        bytes: pooled.files.reduce((sum, f) => sum + f.bytes, 0),
        paths: pooled.files.map((f) => f.rel),
        open: stats(pooled.openSamples),
        edit: stats(pooled.editSamples),
      };
    }
    return {
      server: this.server.name,
      ...(this.server.version ? { version: this.server.version } : {}),
      command: this.server.command.join(' '),
      awaited: this.server.awaited,
      debounceMs: this.server.debounceMs,
      syntaxErrorsReported: this.syntaxErrorsReported,
      memory: this.memory,
      targets: this.targets,
      sample,
    };
  }

  /** Stops the server without a result (the run failed). */
  async abandon() {
    await this.client.dispose();
  }
}

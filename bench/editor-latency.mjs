// Section 2 (and the engine of section 3): what a user of a language server feels. For each target
// file, didOpen → its diagnostics and keystroke → the diagnostics of that version; for a fixed
// sample per kind, the same pooled over the files; and the server's memory once the corpus'
// largest files are open.

import { fail } from './lib/config.mjs';
import { stats } from './lib/stats.mjs';
import { startClient } from './lib/servers.mjs';
import { openAll, typeInFile } from './lib/typing.mjs';

const targetWarmupEdits = 5;

/** A broken file per kind: a server that validates must publish at least one diagnostic for it. */
const syntaxProbes = {
  dockerfile: { name: 'Dockerfile', languageId: 'dockerfile', text: 'FROM\n' },
  kubernetes: { name: 'probe.yaml', languageId: 'yaml', text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: [unclosed\n' },
  terraform: { name: 'probe.tf', languageId: 'terraform', text: 'resource "aws_s3_bucket" "b" {\n' },
};

/**
 * Checks that the server validates with the settings it was given (for the peers: schemas off),
 * so that "its diagnostics have arrived" means validation ran. Returns diagnostics per kind.
 */
async function probeSyntaxErrors(client, server) {
  const counts = {};
  for (const kind of server.kinds) {
    const probe = syntaxProbes[kind];
    const uri = `file:///shiftguard-bench-probe/${probe.name}`;
    const { diagnostics } = await client.open(uri, probe.languageId, client.nextVersion(uri), probe.text);
    await client.close(uri);
    if (diagnostics.length === 0) fail(`${server.name} published no diagnostic for a ${kind} syntax error: it does not validate with these settings`);
    counts[kind] = diagnostics.length;
  }
  return counts;
}
const sampleWarmupEdits = 2;

function describe(file) {
  return { file: file.rel, bytes: file.bytes, lines: file.lines, editLine: file.point.line + 1, editColumn: file.point.character + 1 };
}

/**
 * Runs one server through the targets and the sample of the kinds it handles.
 * `largest` are the files opened together for the memory figure.
 */
export async function measureServer(server, { targets, sample, sampleCounts, largest, waitMs, log }) {
  const client = startClient(server, waitMs);
  try {
    await client.start();
    const syntaxErrorsReported = await probeSyntaxErrors(client, server);
    const idle = client.memory();
    const uris = await openAll(client, largest);
    const loaded = client.memory();
    for (const uri of uris) await client.close(uri);
    const memory = {
      files: largest.map((f) => f.rel),
      idleRssMiB: idle?.rssMiB ?? null,
      rssMiB: loaded?.rssMiB ?? null,
      peakRssMiB: loaded?.peakRssMiB ?? null,
    };

    const targetResults = [];
    for (const target of targets.filter((t) => server.kinds.includes(t.kind))) {
      const run = await typeInFile(client, target, { opens: target.opens, edits: target.edits, warmupEdits: targetWarmupEdits });
      targetResults.push({
        name: target.name,
        kind: target.kind,
        ...describe(target),
        diagnostics: run.diagnostics,
        firstOpenMs: Math.round(run.firstOpenMs * 100) / 100,
        open: stats(run.openSamples),
        edit: stats(run.editSamples),
      });
      log(`  ${server.name}: ${target.name} done`);
    }

    const sampleResults = {};
    for (const kind of server.kinds) {
      const files = sample[kind] ?? [];
      if (files.length === 0) continue;
      const openSamples = [];
      const editSamples = [];
      for (const file of files) {
        const run = await typeInFile(client, file, { ...sampleCounts, warmupEdits: sampleWarmupEdits });
        openSamples.push(...run.openSamples);
        editSamples.push(...run.editSamples);
      }
      sampleResults[kind] = {
        files: files.length,
        bytes: files.reduce((sum, f) => sum + f.bytes, 0),
        paths: files.map((f) => f.rel),
        open: stats(openSamples),
        edit: stats(editSamples),
      };
      log(`  ${server.name}: sample of ${files.length} ${kind} files done`);
    }
    const after = client.memory();
    memory.peakRssMiB = after?.peakRssMiB ?? memory.peakRssMiB;

    return {
      server: server.name,
      ...(server.version ? { version: server.version } : {}),
      command: server.command.join(' '),
      awaited: server.awaited,
      debounceMs: server.debounceMs,
      syntaxErrorsReported,
      memory,
      targets: targetResults,
      sample: sampleResults,
    };
  } finally {
    await client.dispose();
  }
}

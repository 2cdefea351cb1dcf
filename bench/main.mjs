#!/usr/bin/env node
// `npm run bench`: parse floor and CLI lint over the corpus, the language server's latency as an
// editor feels it, the same against peer servers, and cold start. Prints a table per section,
// writes bench/results/latest.json (the previous one becomes previous.json) and prints the change
// of each headline figure since the previous run. Settings: see README, "Benchmark".

import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { join, relative } from 'node:path';
import { measureCli } from './cli-lint.mjs';
import { measureColdStart } from './cold-start.mjs';
import { measureEditors } from './editor-latency.mjs';
import { BenchError, loadConfig, repositoryRoot } from './lib/config.mjs';
import { countByKind, loadCorpus } from './lib/corpus.mjs';
import { snapshotDist } from './lib/dist-snapshot.mjs';
import { shiftguardServer } from './lib/servers.mjs';
import { pickSample, pickTargets, sampleCounts } from './lib/targets.mjs';
import { measureParseFloor } from './parse-floor.mjs';
import { compare, headline, printColdStart, printComparison, printEditor, printFloor, printPeers, readLatest, save } from './report.mjs';

const log = (line) => console.log(line);

function commit() {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repositoryRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

function machine() {
  return {
    node: process.version,
    platform: `${process.platform} ${os.release()}`,
    arch: process.arch,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    loadAverage: os.loadavg().map((n) => Math.round(n * 100) / 100),
  };
}

async function run() {
  const config = loadConfig();
  const started = Date.now();
  const dist = snapshotDist();
  try {
    const cliJs = join(dist.dir, 'cli.js');
    const files = await loadCorpus(config.corpus);
    const targets = pickTargets(files, config);
    const sample = pickSample(files, config.sampleSize);
    const perSampleFile = sampleCounts(config, config.sampleSize);
    const largest = targets.filter((t) => t.name.endsWith(': largest'));
    const m = machine();
    console.log(`Shiftguard benchmark${config.quick ? ' (quick mode)' : ''}: ${m.cpus} × ${m.cpuModel}, Node ${m.node}, load ${m.loadAverage.join(' ')}`);
    console.log(`Corpus ${config.corpus}: ${files.length} files; sections: ${[...config.sections].join(', ')}`);

    const result = {
      version: 2,
      createdAt: new Date().toISOString(),
      commit: commit(),
      quick: config.quick,
      machine: m,
      corpus: config.corpus,
      settings: { edits: config.edits, opens: config.opens, cliRuns: config.cliRuns, sampleSize: config.sampleSize, coldRuns: config.coldRuns, sampleFile: perSampleFile },
      files: { total: files.length, bytes: files.reduce((s, f) => s + f.bytes, 0), byKind: countByKind(files) },
    };

    if (config.sections.has('floor')) {
      console.log(`\nParse floor: ${config.cliRuns} pass(es) on 1 thread, then on the CLI's pool size…`);
      const floor = await measureParseFloor(files, { runs: config.cliRuns });
      console.log(`CLI lint of the corpus: ${config.cliRuns} run(s), then one per kind folder…`);
      const cli = await measureCli({ cliJs, corpus: config.corpus, runs: config.cliRuns, floor, files, log });
      const { floorOfPaths, ...floorResult } = floor;
      result.floor = floorResult;
      result.cli = cli;
      printFloor(result.floor, cli);
    }

    const withShiftguard = config.sections.has('editor');
    const withPeers = config.sections.has('peers');
    if (withShiftguard || withPeers) {
      console.log(
        `\nLanguage servers over stdio${withPeers ? ', Shiftguard and peers file by file in turn' : ''}: ${targets.length} targets ` +
          `(${config.opens} openings, ${config.edits} keystrokes; fewer above 200 KB), sample of ${config.sampleSize} files per kind ` +
          `(${perSampleFile.opens} openings, ${perSampleFile.edits} keystrokes each)…`,
      );
      const { editor, peers } = await measureEditors({
        shiftguard: shiftguardServer(dist.dir),
        withShiftguard,
        withPeers,
        targets,
        sample,
        sampleCounts: perSampleFile,
        largest,
        waitMs: config.waitMs,
        log,
      });
      if (editor) {
        result.editor = editor;
        printEditor(editor);
      }
      if (peers) {
        result.peers = peers;
        printPeers(peers);
      }
    }

    if (config.sections.has('cold')) {
      console.log('\nCold start…');
      result.coldStart = await measureColdStart({ cliJs, files, runs: config.coldRuns, log });
      printColdStart(result.coldStart);
    }

    result.durationSeconds = Math.round((Date.now() - started) / 1000);
    result.machine.loadAverageAtEnd = machine().loadAverage;
    result.headline = headline(result);
    const previous = readLatest(config.resultsDir);
    result.changes = compare(previous?.headline, result.headline);
    printComparison(result.changes, previous, result);
    const written = save(config.resultsDir, result);
    const previousNote = previous ? ` (the run before is now ${relative(repositoryRoot, join(config.resultsDir, 'previous.json'))})` : '';
    console.log(`\nWrote ${relative(repositoryRoot, written)} in ${result.durationSeconds} s${previousNote}`);
  } finally {
    dist.remove();
  }
}

run().catch((error) => {
  console.error(`bench: ${error instanceof BenchError ? error.message : (error?.stack ?? error)}`);
  process.exit(1);
});

// Section 1, second half: what CI pays. `node dist/cli.js lint <corpus> --format json`, timed from
// process start to exit, with the process's peak memory; compared with the parse floor of exactly
// the files it checked.

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fail, repositoryRoot } from './lib/config.mjs';
import { kinds } from './lib/corpus.mjs';
import { runNode } from './lib/run-process.mjs';
import { median, ratio, round } from './lib/stats.mjs';

async function lintOnce(cliJs, target) {
  const run = await runNode([cliJs, 'lint', target, '--format', 'json'], { cwd: repositoryRoot, measureMemory: true });
  // 0: nothing to report, 1: findings; anything else is a failed run, not a measurement.
  if (run.code !== 0 && run.code !== 1) fail(`dist/cli.js lint ${target} exited with ${run.code}:\n${run.stderr}`);
  const report = JSON.parse(run.stdout);
  return {
    seconds: run.ms / 1000,
    maxRssMiB: run.maxRssMiB,
    exitCode: run.code,
    paths: report.files.map((f) => resolve(repositoryRoot, f.path)),
    findings: report.summary.findings,
    filesChecked: report.summary.filesChecked,
  };
}

/**
 * `runs` lints of the whole corpus (median time, highest peak memory), then one lint per kind
 * folder (`<corpus>/<kind>`, where the corpus has one) to show which kind the time goes to.
 */
export async function measureCli({ cliJs, corpus, runs, floor, files, log }) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    results.push(await lintOnce(cliJs, corpus));
    log(`  CLI run ${i + 1}/${runs}: ${round(results.at(-1).seconds)} s`);
  }
  const last = results.at(-1);
  const seconds = median(results.map((r) => r.seconds));
  const sizeOf = new Map(files.map((f) => [f.path, f.bytes]));
  const bytes = last.paths.reduce((sum, p) => sum + (sizeOf.get(p) ?? 0), 0);
  const unknown = last.paths.filter((p) => !sizeOf.has(p));
  if (unknown.length > 0 || last.paths.length !== files.length) {
    fail(`the CLI checked ${last.paths.length} files and the benchmark found ${files.length}${unknown.length ? `, e.g. not ${unknown[0]}` : ''}: their detection differs`);
  }
  const floorMs = floor.floorOfPaths(last.paths);

  const byKind = {};
  for (const kind of kinds) {
    const folder = join(corpus, kind);
    if (!existsSync(folder)) continue;
    const run = await lintOnce(cliJs, folder);
    const kindFloorMs = floor.floorOfPaths(run.paths);
    byKind[kind] = {
      folder: `${kind}/`,
      files: run.filesChecked,
      seconds: round(run.seconds),
      floorMs: round(kindFloorMs),
      ratioToSingleThreadFloor: ratio(run.seconds * 1000, kindFloorMs),
      maxRssMiB: run.maxRssMiB,
    };
    log(`  CLI on ${kind}/: ${round(run.seconds)} s`);
  }

  return {
    command: `node dist/cli.js lint ${corpus} --format json`,
    runs: results.map((r) => round(r.seconds)),
    seconds: round(seconds),
    filesChecked: last.filesChecked,
    bytes,
    filesPerSecond: round(last.filesChecked / seconds, 1),
    megabytesPerSecond: round(bytes / 1e6 / seconds),
    findings: last.findings,
    exitCode: last.exitCode,
    maxRssMiB: Math.max(...results.map((r) => r.maxRssMiB ?? 0)) || null,
    floorMs: round(floorMs),
    ratioToSingleThreadFloor: ratio(seconds * 1000, floorMs),
    ratioToParallelFloor: floor.parallel && floor.parallel.ms > 0 ? ratio(seconds * 1000, floor.parallel.ms) : null,
    byKind,
  };
}

// What one run measures and where it reads from: the corpus, the built product, the counts.
// Every count comes from an environment variable (see README, "Benchmark").

import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export class BenchError extends Error {}

/** Stops the run with a message, for problems of setup rather than of measurement. */
export function fail(message) {
  throw new BenchError(message);
}

function positiveInt(env, name, fallback) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) fail(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

const sectionNames = ['floor', 'editor', 'peers', 'cold'];

function sections(env) {
  const raw = env.BENCH_SECTIONS;
  if (!raw) return new Set(sectionNames);
  const chosen = raw.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = chosen.filter((s) => !sectionNames.includes(s));
  if (unknown.length > 0) fail(`BENCH_SECTIONS: unknown section(s) ${unknown.join(', ')}; known: ${sectionNames.join(', ')}`);
  return new Set(chosen);
}

/** The run's settings from the environment; quick mode only lowers the defaults. */
export function loadConfig(env = process.env) {
  const quick = env.BENCH_QUICK === '1';
  const corpus = resolve(env.SHIFTGUARD_CORPUS ?? join(repositoryRoot, '..', 'shared', 'corpus'));
  if (!existsSync(corpus)) {
    fail(`no corpus at ${corpus}: set SHIFTGUARD_CORPUS to a folder of Terraform, Kubernetes and Dockerfiles (e.g. ../shared/corpus)`);
  }
  return {
    quick,
    corpus,
    resultsDir: resolve(env.BENCH_RESULTS_DIR ?? join(repositoryRoot, 'bench', 'results')),
    sections: sections(env),
    edits: positiveInt(env, 'BENCH_EDITS', quick ? 10 : 200),
    opens: positiveInt(env, 'BENCH_OPENS', quick ? 3 : 20),
    cliRuns: positiveInt(env, 'BENCH_CLI_RUNS', quick ? 1 : 3),
    sampleSize: positiveInt(env, 'BENCH_SAMPLE', quick ? 3 : 20),
    coldRuns: positiveInt(env, 'BENCH_COLD_RUNS', quick ? 3 : 10),
    /** How long one awaited publish may take before the run is declared stuck. */
    waitMs: 120_000,
  };
}

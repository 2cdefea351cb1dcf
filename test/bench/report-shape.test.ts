import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `npm run bench` on the test fixtures with the smallest counts: every section runs against the
 * built product and the peers, and the JSON report keeps the shape the README documents. Run
 * against dist/ (built by `pretest`); the benchmark copies it first, so a concurrent build cannot
 * change it midway.
 */
const root = join(__dirname, '../..');
const previousHeadline = { 'cli.seconds': { label: 'CLI lint, whole corpus', value: 1000, unit: 's', better: 'lower' } };

interface Stats {
  n: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

let resultsDir: string;
let report: Record<string, any>;
let output: string;

function expectStats(stats: Stats, n: number) {
  expect(stats.n).toBe(n);
  expect(stats.p50).toBeGreaterThan(0);
  expect(stats.p50).toBeLessThanOrEqual(stats.p95);
  expect(stats.p95).toBeLessThanOrEqual(stats.max);
}

beforeAll(async () => {
  resultsDir = mkdtempSync(join(tmpdir(), 'shiftguard-bench-test-'));
  writeFileSync(join(resultsDir, 'latest.json'), JSON.stringify({ createdAt: 'before', commit: null, headline: previousHeadline }));
  const env = {
    ...process.env,
    SHIFTGUARD_CORPUS: join(root, 'test-fixtures'),
    BENCH_RESULTS_DIR: resultsDir,
    BENCH_QUICK: '1',
    BENCH_EDITS: '2',
    BENCH_OPENS: '1',
    BENCH_SAMPLE: '1',
    BENCH_CLI_RUNS: '1',
    BENCH_COLD_RUNS: '1',
  };
  const { stdout } = await promisify(execFile)(process.execPath, [join(root, 'bench/main.mjs')], { cwd: root, env, maxBuffer: 16 * 1024 * 1024 });
  output = stdout;
  report = JSON.parse(readFileSync(join(resultsDir, 'latest.json'), 'utf8'));
}, 120_000);

afterAll(() => {
  if (resultsDir) rmSync(resultsDir, { recursive: true, force: true });
});

describe('npm run bench (quick, on the fixtures)', () => {
  it('measures the parse floor of every file the CLI checks and the CLI against it', () => {
    const { floor, cli, files } = report;
    expect(cli.filesChecked).toBe(files.total);
    expect(floor.files).toBe(files.total);
    expect(Object.keys(floor.singleThread.byKind).sort()).toEqual(['dockerfile', 'kubernetes', 'terraform']);
    const kindSum = Object.values<{ ms: number }>(floor.singleThread.byKind).reduce((sum, k) => sum + k.ms, 0);
    expect(kindSum).toBeCloseTo(floor.singleThread.ms, 0);
    expect(cli.ratioToSingleThreadFloor).toBeCloseTo((cli.seconds * 1000) / cli.floorMs, 0);
    expect(cli.maxRssMiB).toBeGreaterThan(20);
    expect(cli.runs).toHaveLength(1);
    expect(Object.keys(cli.byKind).sort()).toEqual(['dockerfile', 'kubernetes', 'terraform']);
  });

  it('times opening and typing in every target and the sample, each keystroke awaited', () => {
    const { editor } = report;
    expect(editor.targets.map((t: { name: string }) => t.name)).toEqual([
      'dockerfile: largest',
      'dockerfile: ~300 lines',
      'terraform: largest',
      'terraform: ~2,000 lines',
      'kubernetes: largest',
      'kubernetes: ~500 KB',
    ]);
    for (const target of editor.targets) {
      expectStats(target.open, 1);
      expectStats(target.edit, 2);
      expect(existsSync(join(root, 'test-fixtures', target.file))).toBe(true);
    }
    expect(Object.keys(editor.sample).sort()).toEqual(['dockerfile', 'kubernetes', 'terraform']);
    expect(editor.syntaxErrorsReported).toMatchObject({ dockerfile: expect.any(Number), kubernetes: expect.any(Number), terraform: expect.any(Number) });
    expect(editor.memory.rssMiB).toBeGreaterThan(editor.memory.idleRssMiB * 0.5);
  });

  it('runs each peer on the files of its kind and relates it to Shiftguard', () => {
    const peers = Object.fromEntries(report.peers.map((p: { server: string }) => [p.server, p]));
    expect(Object.keys(peers).sort()).toEqual(['docker-langserver', 'yaml-language-server']);
    expect(peers['docker-langserver'].targets.every((t: { kind: string }) => t.kind === 'dockerfile')).toBe(true);
    expect(Object.keys(peers['yaml-language-server'].sample)).toEqual(['kubernetes']);
    const yamlTarget = peers['yaml-language-server'].targets[0];
    const ours = report.editor.targets.find((t: { name: string }) => t.name === yamlTarget.name);
    expect(yamlTarget.vsShiftguard.edit.p50).toBeCloseTo(yamlTarget.edit.p50 / ours.edit.p50, 1);
    // The debounce is part of every yaml-language-server answer (timers may fire a millisecond early).
    expect(yamlTarget.edit.p50).toBeGreaterThanOrEqual(peers['yaml-language-server'].debounceMs - 2);
  });

  it('times cold starts, keeps the previous run and compares the headline figures with it', () => {
    expect(report.coldStart.node.medianMs).toBeGreaterThan(0);
    expect(report.coldStart.lintSmallDockerfile.file).toMatch(/^dockerfile\//);
    expect(JSON.parse(readFileSync(join(resultsDir, 'previous.json'), 'utf8')).headline).toEqual(previousHeadline);
    const change = report.changes.find((c: { key: string }) => c.key === 'cli.seconds');
    expect(change).toMatchObject({ previous: 1000, current: report.cli.seconds });
    expect(change.changePercent).toBeCloseTo(((report.cli.seconds - 1000) / 1000) * 100, 0);
    expect(output).toContain('Change since the previous run');
  });
});

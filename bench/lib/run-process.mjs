// Runs a command to completion and times it from spawn to exit, optionally with its peak memory.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const preload = fileURLToPath(new URL('./max-rss-preload.cjs', import.meta.url));

/**
 * `node <args>`: resolves `{ ms, code, stdout, maxRssMiB }`. With `measureMemory`, node preloads a
 * module that reports the process's peak resident memory (worker threads included) on exit.
 */
export function runNode(args, { cwd, measureMemory = false } = {}) {
  const dir = measureMemory ? mkdtempSync(join(tmpdir(), 'shiftguard-bench-rss-')) : undefined;
  const rssFile = dir && join(dir, 'max-rss');
  const argv = measureMemory ? ['-r', preload, ...args] : args;
  return new Promise((resolve, reject) => {
    const chunks = [];
    let stderr = '';
    const start = performance.now();
    const child = spawn(process.execPath, argv, { cwd, env: { ...process.env, BENCH_MAX_RSS_FILE: rssFile ?? '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      let maxRssMiB = null;
      if (rssFile) {
        try {
          maxRssMiB = Math.round((Number(readFileSync(rssFile, 'utf8')) / 1024) * 10) / 10;
        } catch {
          // The process died before its exit handler ran; the figure stays unknown.
        }
        rmSync(dir, { recursive: true, force: true });
      }
      resolve({ ms, code, stdout: Buffer.concat(chunks).toString('utf8'), stderr, maxRssMiB });
    });
  });
}

import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CaseOutcome, CaseTask, WorkerReply } from './protocol';
import { findCorpus } from '../helpers/corpus';

/** The repository: the nearest folder at or above the working directory with our package.json. */
export function repoRoot(): string {
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'shiftguard') return dir;
    if (dirname(dir) === dir) throw new Error('run from inside the Shiftguard repository');
  }
}

/** The real-world corpus (see `findCorpus`), or undefined when absent. */
export function corpusDir(root = repoRoot()): string | undefined {
  return findCorpus(root);
}

/**
 * Bundles the case worker with esbuild into a fresh folder under node_modules/.cache (inside the
 * repository, so that the bundle resolves the installed packages and the wasm they load), with
 * the HCL syntax worker beside it where the bundled parser looks for it. Returns the folder.
 */
export async function bundleCaseWorker(root = repoRoot()): Promise<string> {
  const { build } = await import('esbuild');
  const { nodeBundleOptions } = await import(pathToFileURL(join(root, 'scripts/node-bundle.mjs')).href);
  const cache = join(root, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const outdir = mkdtempSync(join(cache, 'shiftguard-robustness-'));
  await build({
    ...nodeBundleOptions(root),
    entryPoints: [join(root, 'test/robustness/case-worker.ts')],
    outfile: join(outdir, 'case-worker.cjs'),
  });
  copyFileSync(join(root, 'server/src/parsers/terraform/hcl-syntax-worker.cjs'), join(outdir, 'hcl-syntax-worker.cjs'));
  return outdir;
}

/** How one case ended. Anything but `ok` is a failure of the linter. */
export type CaseStatus = 'ok' | 'violations' | 'timeout' | 'out-of-memory' | 'crashed';

export interface CaseResult {
  status: CaseStatus;
  outcome?: CaseOutcome;
  /** Why the worker died (crashed, out-of-memory). */
  error?: string;
  wallMs: number;
  /** Largest growth of the process's resident memory while the case ran (all threads). */
  peakRssGrowthMb: number;
}

export interface RunnerOptions {
  workers: number;
  /** V8 heap limit of each worker (old generation), in MiB. */
  heapMb: number;
  /** Folder made by `bundleCaseWorker`. */
  bundle: string;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  onReply?: (reply: WorkerReply) => void;
  onDeath?: (error: Error | undefined) => void;
}

/**
 * Checks inputs on a small pool of worker threads, each case under a time limit. A worker that
 * overruns is terminated, one that exceeds its heap limit or crashes is replaced; either way the
 * case is reported as a failure and the next one gets a fresh worker.
 */
export class CaseRunner {
  private readonly idle: Slot[] = [];
  private readonly waiting: Array<(slot: Slot) => void> = [];
  private readonly all = new Set<Slot>();
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: RunnerOptions) {
    for (let i = 0; i < options.workers; i++) this.release(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(join(this.options.bundle, 'case-worker.cjs'), {
      resourceLimits: { maxOldGenerationSizeMb: this.options.heapMb },
    });
    const slot: Slot = { worker, ready: Promise.resolve() };
    slot.ready = new Promise((resolveReady, rejectReady) => {
      worker.on('message', (reply: WorkerReply) => {
        if (reply.type === 'ready') resolveReady();
        else slot.onReply?.(reply);
      });
      const died = (error: Error | undefined) => {
        this.all.delete(slot);
        rejectReady(error ?? new Error('the worker exited'));
        slot.onDeath?.(error);
      };
      worker.on('error', died);
      worker.on('exit', () => died(undefined));
    });
    slot.ready.catch(() => undefined);
    this.all.add(slot);
    return slot;
  }

  private release(slot: Slot): void {
    if (this.closed) return;
    const waiter = this.waiting.shift();
    if (waiter) waiter(slot);
    else this.idle.push(slot);
  }

  private acquire(): Promise<Slot> {
    const slot = this.idle.shift();
    return slot ? Promise.resolve(slot) : new Promise((resolveSlot) => this.waiting.push(resolveSlot));
  }

  /** Runs one case; `timeoutMs` counts from the moment a ready worker takes it. */
  async run(task: CaseTask, timeoutMs: number): Promise<CaseResult> {
    let slot = await this.acquire();
    try {
      await slot.ready;
    } catch (error) {
      // The worker could not even start (it is gone from the pool): a fresh one, once.
      slot = this.spawn();
      await slot.ready.catch(() => {
        throw new Error(`the case worker does not start: ${error instanceof Error ? error.message : String(error)}`);
      });
    }
    const id = this.nextId++;
    const started = performance.now();
    const baseRss = process.memoryUsage.rss();
    let peakRss = baseRss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 50);
    const result = await new Promise<Omit<CaseResult, 'wallMs' | 'peakRssGrowthMb'>>((settle) => {
      const timer = setTimeout(() => settle({ status: 'timeout' }), timeoutMs);
      slot.onReply = (reply) => {
        if (reply.type !== 'done' || reply.id !== id) return;
        clearTimeout(timer);
        settle({ status: reply.outcome.violations.length > 0 ? 'violations' : 'ok', outcome: reply.outcome });
      };
      slot.onDeath = (error) => {
        clearTimeout(timer);
        const oom = (error as NodeJS.ErrnoException | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
        settle({ status: oom ? 'out-of-memory' : 'crashed', error: error?.message ?? 'the worker exited' });
      };
      slot.worker.postMessage({ id, task });
    });
    clearInterval(sampler);
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    slot.onReply = undefined;
    slot.onDeath = undefined;
    if (result.status === 'ok' || result.status === 'violations') this.release(slot);
    else {
      this.all.delete(slot);
      void slot.worker.terminate();
      this.release(this.spawn());
    }
    return { ...result, wallMs: Math.round(performance.now() - started), peakRssGrowthMb: Math.round((peakRss - baseRss) / 2 ** 20) };
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.all].map((slot) => slot.worker.terminate()));
    this.all.clear();
  }
}

/** A runner on a freshly bundled worker; `close` also removes the bundle. */
export async function startRunner(options: Omit<RunnerOptions, 'bundle'>): Promise<CaseRunner & { dispose(): Promise<void> }> {
  const bundle = await bundleCaseWorker();
  const runner = new CaseRunner({ ...options, bundle }) as CaseRunner & { dispose(): Promise<void> };
  runner.dispose = async () => {
    await runner.close();
    rmSync(bundle, { recursive: true, force: true });
  };
  return runner;
}

/** One line about a failed case, for test messages and the fuzz log. */
export function describeFailure(label: string, result: CaseResult): string {
  const detail =
    result.status === 'timeout'
      ? `no result within the time limit (${result.wallMs} ms)`
      : result.status === 'violations'
        ? result.outcome!.violations.slice(0, 5).join('; ')
        : `${result.status}: ${result.error}`;
  return `${label}: ${detail}`;
}

/**
 * Worker thread that checks one input at a time with the real pipeline, so that the harness can
 * time out a hang (terminate the thread) and cap memory (the thread's heap limit). Bundled by
 * `bundleCaseWorker` in harness.ts.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { rules } from '../../rules';
import { LineIndex } from '../../server/src/engine/text';
import { lint } from '../../server/src/engine/lint';
import type { Finding } from '../../server/src/engine/types';
import { initParsers, parseSource } from '../../server/src/parsers';
import { sharedHclSyntaxChecker } from '../../server/src/parsers/terraform/hcl-syntax';
import { checkFile, lintOne, type CheckOptions } from '../../server/src/cli/check-file';
import { decode } from '../../server/src/parsers/decode';
import { findingsFingerprint, findingViolations } from './invariants';
import { stressCase } from './stress';
import type { CaseOutcome, CaseTask, WorkerReply } from './protocol';

const defaultOptions: CheckOptions = { maxFileSize: 8 * 1024 * 1024, fix: false, disabledRules: [], threshold: 'low', keepText: true };

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
}

function inputText(task: CaseTask): string | undefined {
  if (!task.input) return undefined;
  return 'text' in task.input ? task.input.text : stressCase(task.input.stress).build();
}

/** Lints through the CLI's per-file pipeline: read from disk, size limit, binary check, decode. */
async function viaCli(task: CaseTask, text: string | undefined, violations: string[]): Promise<{ findings: Finding[]; text: string }> {
  if (text !== undefined) {
    mkdirSync(dirname(task.path), { recursive: true });
    writeFileSync(task.path, text);
  }
  const options = { ...defaultOptions, ...task.options };
  const result = await checkFile(task.path, rules, options);
  if (task.determinism) {
    const again = await checkFile(task.path, rules, options);
    if (findingsFingerprint(again.findings) !== findingsFingerprint(result.findings)) violations.push('not deterministic: two runs gave different findings');
  }
  if (result.text !== undefined) return { findings: result.findings, text: result.text };
  // Findings of a file that was not read (too large) stand at 1:1 of an empty document; one not
  // checked for what its text holds (a NUL) points into that text.
  const decoded = statSync(task.path).size > options.maxFileSize ? undefined : decode(readFileSync(task.path));
  return { findings: result.findings, text: decoded?.ok ? decoded.text : '' };
}

/** Calls the parser directly (it must not throw), then lints as the CLI does, from memory. */
async function viaParser(task: CaseTask, text: string, violations: string[]): Promise<Finding[]> {
  try {
    const parsed = parseSource(task.path, text);
    if (parsed) violations.push(...findingViolations(parsed.lines, lint(parsed, rules)).map((v) => `provisional parse: ${v}`));
  } catch (error) {
    violations.push(`parser threw: ${errorText(error)}`);
  }
  const options = { roots: task.options?.roots };
  const first = await lintOne(task.path, text, rules, {}, options);
  if (task.determinism) {
    const again = await lintOne(task.path, text, rules, {}, options);
    if (findingsFingerprint(again.findings) !== findingsFingerprint(first.findings)) violations.push('not deterministic: two lints gave different findings');
  }
  return first.findings;
}

async function run(task: CaseTask): Promise<CaseOutcome> {
  const started = performance.now();
  const violations: string[] = [];
  let findings: Finding[] = [];
  let text = inputText(task);
  try {
    if (task.pipeline === 'cli') ({ findings, text } = await viaCli(task, text, violations));
    else {
      text ??= readFileSync(task.path, 'utf8');
      findings = await viaParser(task, text, violations);
    }
  } catch (error) {
    violations.push(`pipeline threw: ${errorText(error)}`);
  }
  const lines = new LineIndex(text ?? '');
  violations.push(...findingViolations(lines, findings));
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1;
  const errors = findings.filter((f) => f.severity === 'error').slice(0, 3);
  return {
    violations,
    counts,
    errors: errors.map((f) => ({ ruleId: f.ruleId, message: f.message, line: f.range.start.line, character: f.range.start.character })),
    textLength: text?.length ?? 0,
    durationMs: Math.round(performance.now() - started),
    heapUsedMb: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
  };
}

const post = (reply: WorkerReply) => parentPort!.postMessage(reply);

async function start(): Promise<void> {
  await initParsers();
  // Start HashiCorp's parser now, so that its start-up does not count against the first case.
  await sharedHclSyntaxChecker().check('input.tf', 'a = 1\n');
  parentPort!.on('message', async ({ id, task }: { id: number; task: CaseTask }) => {
    post({ type: 'started', id });
    try {
      post({ type: 'done', id, outcome: await run(task) });
    } catch (error) {
      post({ type: 'done', id, outcome: { violations: [`worker failed: ${errorText(error)}`], counts: {}, errors: [], textLength: 0, durationMs: 0, heapUsedMb: 0 } });
    }
  });
  post({ type: 'ready' });
}

void start();

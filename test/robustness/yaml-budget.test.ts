import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeFailure, startRunner, type CaseResult } from './harness';
import type { CaseTask } from './protocol';
import { argumentsBomb } from './stress';
import { makeTree, runCli } from '../helpers/cli';

/**
 * YAML whose aliases and merge keys multiply its cost: each input is built in a worker with a
 * 512 MiB heap and must finish within 20 s (the quadratic resolution took 30 s for 16,000 aliases,
 * 430 s for 50,000, and minutes for the merge-key bomb) with exactly the findings of what it says,
 * or be reported as not checked at the alias that expands the most.
 */

const timeoutMs = 20_000;
let scratch: string;
let runner: Awaited<ReturnType<typeof startRunner>>;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'shiftguard-yaml-budget-'));
  runner = await startRunner({ workers: 2, heapMb: 512 });
}, 120_000);

afterAll(async () => {
  await runner?.dispose();
  rmSync(scratch, { recursive: true, force: true });
});

async function check(stress: string, pipeline: CaseTask['pipeline'] = 'parser'): Promise<CaseResult> {
  const result = await runner.run({ path: join(scratch, pipeline, stress, `${stress}.yaml`), input: { stress }, pipeline, determinism: true }, timeoutMs);
  expect(result.status, describeFailure(stress, result)).toBe('ok');
  return result;
}

const notChecked = (limit: string, line: number, character: number) => ({
  ruleId: 'skipped',
  message: `YAML aliases and merge keys expand this document to more than ${limit} nodes; it was not checked.`,
  line,
  character,
});

/**
 * The findings of an input are those of what it says, once per place where it is written: the
 * rules named have exactly these counts, and no rule reports more often than `each` (an alias
 * multiplying a finding would).
 */
function expectFindings(counts: Record<string, number>, expected: Record<string, number | undefined>, each = 1) {
  expect(Object.fromEntries(Object.keys(expected).map((id) => [id, counts[id]]))).toEqual(expected);
  expect(Object.entries(counts).filter(([, n]) => n > each)).toEqual([]);
}

describe('aliases and merge keys cost what their text costs', () => {
  // The Pod's findings are at the anchor, where they are written: one each, however many aliases.
  // The pod-level ones (the default service account and its automounted token) once per Pod.
  const podLevel = { 'K8S-051': 1, 'K8S-052': 1 };
  const podFindings = { 'K8S-001': 1, 'K8S-002': 1, 'K8S-003': 1, 'K8S-005': 1, ...podLevel };

  it.concurrent.each(['yaml-aliased-pods-16k', 'yaml-aliased-pods-50k'])('%s: a List of aliases of one Pod has its findings', async (stress) => {
    const result = await check(stress);
    expectFindings(result.outcome!.counts, podFindings);
  }, 60_000);

  it('yaml-aliased-pods-50k through the command line', async () => {
    const result = await check('yaml-aliased-pods-50k', 'cli');
    expectFindings(result.outcome!.counts, podFindings);
  }, 60_000);

  it('yaml-aliased-containers-16k: one Pod of 16,001 aliased containers has their findings', async () => {
    const result = await check('yaml-aliased-containers-16k');
    // nginx:1.27 is tagged, so only its digest is missing.
    expectFindings(result.outcome!.counts, { 'K8S-001': 1, 'K8S-002': 1, 'K8S-003': 1, 'K8S-006': 1, ...podLevel });
  }, 60_000);

  it('yaml-merge-key-bomb: the merges of 30 levels are resolved, and the container inherits them', async () => {
    // Only the digest: runAsNonRoot and readOnlyRootFilesystem come from the bottom of the bomb.
    const result = await check('yaml-merge-key-bomb');
    expectFindings(result.outcome!.counts, { 'K8S-006': 1, 'K8S-002': undefined, 'K8S-003': undefined, ...podLevel });
  }, 60_000);

  it('yaml-merge-chain-12: every container inherits the first one\'s securityContext', async () => {
    const result = await check('yaml-merge-chain-12');
    expectFindings(result.outcome!.counts, { 'K8S-006': 12, 'K8S-002': undefined, 'K8S-003': undefined, ...podLevel }, 12);
  }, 60_000);

  // Each at the alias where the budget ran out or that expands the most (0-based line and character).
  it.concurrent.each([
    { stress: 'yaml-merge-chain-3000', what: 'merged keys beyond the budget (at *s1517 of container c1518, where it ran out)', error: notChecked('1,154,184', 4_562, 35) },
    { stress: 'yaml-alias-bomb-in-arguments', what: 'nine levels of nine aliases in the arguments of a container', error: notChecked('10,000', 16, 43) },
    { stress: 'yaml-alias-bomb-in-pod', what: 'nine levels of nine aliases merged into the pod spec and its containers', error: notChecked('10,000', 24, 6) },
    { stress: 'yaml-shared-containers', what: 'a million containers: 1,000 Pods sharing 1,000', error: notChecked('411,256', 4, 71) },
  ])('$stress: $what leave the document not checked', async ({ stress, error }) => {
    const result = await check(stress);
    expect(result.outcome!.errors).toEqual([error]);
    expect(result.outcome!.counts).toEqual({ skipped: 1 });
  }, 60_000);

  it('yaml-alias-cycle: an alias inside the node it refers to is an error', async () => {
    const result = await check('yaml-alias-cycle');
    expect(result.outcome!.errors).toEqual([{ ruleId: 'syntax', message: 'Invalid YAML: the alias *c refers to a node that contains it.', line: 8, character: 4 }]);
    expect(result.outcome!.counts).toEqual({ syntax: 1 });
  }, 60_000);
});

describe('the command line on a document over the budget', () => {
  it('fails the gate (exit 1) and says the document was not checked', async () => {
    const cwd = makeTree({ 'bomb.yaml': argumentsBomb() });
    const run = await runCli(['lint', 'bomb.yaml'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('  17:44  error  skipped  YAML aliases and merge keys expand this document to more than 10,000 nodes; it was not checked.');
  });
});

import { relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectKind } from '../../server/src/parsers/detect';
import { corpusDir, describeFailure, startRunner } from './harness';
import { lintableFiles } from './inputs';
import { caseTimeoutMs, workerHeapMb } from './limits';

/**
 * Every file of the real-world corpus (SHIFTGUARD_CORPUS, default ../shared/corpus) through the
 * command line's per-file pipeline with the whole rule catalog and Terraform module context, each
 * in a worker with a time and heap limit. Any exception, timeout, missing result, `internal`
 * finding or finding outside its document fails the run, naming the file.
 */

const corpus = corpusDir();
const title = corpus ? 'real-world corpus' : 'real-world corpus (skipped: no corpus at SHIFTGUARD_CORPUS or ../shared/corpus)';

describe.skipIf(!corpus)(title, () => {
  let runner: Awaited<ReturnType<typeof startRunner>>;

  beforeAll(async () => {
    runner = await startRunner({ workers: 2, heapMb: workerHeapMb });
  }, 120_000);
  afterAll(() => runner?.dispose());

  it('lints every file without failing, hanging or leaving its document', async () => {
    const files = lintableFiles(corpus!);
    const failures: string[] = [];
    const perKind: Record<string, { files: number; withSyntaxErrors: number; skipped: number; ruleFindings: number }> = {};
    let results = 0;
    await Promise.all(
      files.map(async (path) => {
        // As `shiftguard lint <corpus>`: module reads stay inside the folder checked.
        const result = await runner.run({ path, pipeline: 'cli', options: { roots: [corpus!] } }, caseTimeoutMs);
        results++;
        const kind = (perKind[detectKind(path)!] ??= { files: 0, withSyntaxErrors: 0, skipped: 0, ruleFindings: 0 });
        kind.files++;
        if (result.status !== 'ok') {
          failures.push(describeFailure(relative(corpus!, path), result));
          return;
        }
        const counts = result.outcome!.counts;
        if (counts.syntax) kind.withSyntaxErrors++;
        if (counts.skipped) kind.skipped++;
        kind.ruleFindings += Object.entries(counts).filter(([id]) => /^[A-Z0-9]+-\d+$/.test(id)).reduce((sum, [, n]) => sum + n, 0);
      }),
    );
    expect(failures).toEqual([]);
    expect(results).toBe(files.length);
    expect(Object.keys(perKind).sort()).toEqual(['dockerfile', 'kubernetes', 'terraform']);
    for (const [kind, stats] of Object.entries(perKind)) {
      // Published files are nearly all valid (about 1 % of Dockerfiles and manifests have syntax
      // errors, often templates): many more means the parser rejects valid syntax.
      expect(stats.withSyntaxErrors / stats.files, `${kind}: share of files with syntax errors`).toBeLessThan(0.05);
      // No corpus file is over the size limit or takes seconds to parse.
      expect(stats.skipped, `${kind}: files not checked`).toBe(0);
      expect(stats.ruleFindings, `${kind}: the rules ran`).toBeGreaterThan(0);
    }
  }, 300_000);
});

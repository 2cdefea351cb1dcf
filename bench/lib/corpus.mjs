// The files of the corpus, as the CLI sees them: the CLI's own walker and file-kind detection
// (server/src/cli/walk.ts, server/src/parsers/detect.ts) are bundled with esbuild into a temporary
// module and imported, so the benchmark checks exactly the files `shiftguard lint <corpus>` checks.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { repositoryRoot } from './config.mjs';

export const kinds = ['dockerfile', 'kubernetes', 'terraform'];

async function importCliWalker() {
  const dir = mkdtempSync(join(tmpdir(), 'shiftguard-bench-walk-'));
  try {
    const outfile = join(dir, 'walk.mjs');
    await build({
      stdin: {
        contents: "export { collectFiles } from './server/src/cli/walk';\nexport { detectKind } from './server/src/parsers/detect';\n",
        resolveDir: repositoryRoot,
        loader: 'ts',
      },
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
    });
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
    return await import(pathToFileURL(outfile).href);
  } finally {
    // The module is loaded; the file is no longer needed.
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Every file the CLI would check under `corpus`, sorted by path, read into memory:
 * `{ path, rel, kind, text, bytes, lines }`.
 */
export async function loadCorpus(corpus) {
  const { collectFiles, detectKind } = await importCliWalker();
  const files = collectFiles([corpus], repositoryRoot).map(({ path }) => {
    const text = readFileSync(path, 'utf8');
    return {
      path,
      rel: relative(corpus, path),
      kind: detectKind(path),
      text,
      bytes: Buffer.byteLength(text),
      lines: text.split('\n').length,
    };
  });
  return files;
}

/** Files and bytes per kind. */
export function countByKind(files) {
  const byKind = {};
  for (const kind of kinds) byKind[kind] = { files: 0, bytes: 0 };
  for (const file of files) {
    byKind[file.kind].files += 1;
    byKind[file.kind].bytes += file.bytes;
  }
  return byKind;
}

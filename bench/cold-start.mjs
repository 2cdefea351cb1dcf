// Section 4: what one invocation costs before any real work, e.g. a pre-commit hook on one file.
// `node -e 0` is the floor of any Node program; `--version` adds loading the CLI bundle;
// linting one small Dockerfile adds the catalog, the parsers and the file itself.

import { fail, repositoryRoot } from './lib/config.mjs';
import { runNode } from './lib/run-process.mjs';
import { median, round } from './lib/stats.mjs';

/** The Dockerfile nearest 1 KiB: small, but a real one. */
export function smallDockerfile(files) {
  return files
    .filter((f) => f.kind === 'dockerfile')
    .sort((a, b) => Math.abs(a.bytes - 1024) - Math.abs(b.bytes - 1024) || (a.path < b.path ? -1 : 1))[0];
}

export async function measureColdStart({ cliJs, files, runs, log }) {
  const small = smallDockerfile(files);
  const commands = [
    { key: 'node', command: 'node -e 0', args: ['-e', '0'] },
    { key: 'version', command: 'node dist/cli.js --version', args: [cliJs, '--version'] },
    ...(small ? [{ key: 'lintSmallDockerfile', command: `node dist/cli.js lint ${small.rel}`, args: [cliJs, 'lint', small.path], file: small.rel, bytes: small.bytes }] : []),
  ];
  const samples = Object.fromEntries(commands.map((c) => [c.key, []]));
  // Interleaved, so that a burst of load elsewhere on the machine hits all three alike.
  for (let i = 0; i < runs; i++) {
    for (const c of commands) {
      const run = await runNode(c.args, { cwd: repositoryRoot });
      if (run.code !== 0 && run.code !== 1) fail(`${c.command} exited with ${run.code}:\n${run.stderr}`);
      samples[c.key].push(run.ms);
    }
  }
  log(`  ${runs} runs of ${commands.length} commands done`);
  const result = { runs };
  for (const c of commands) {
    result[c.key] = {
      command: c.command,
      ...(c.file ? { file: c.file, bytes: c.bytes } : {}),
      medianMs: round(median(samples[c.key]), 1),
      minMs: round(Math.min(...samples[c.key]), 1),
    };
  }
  return result;
}

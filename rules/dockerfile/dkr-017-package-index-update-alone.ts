import { defineRule, type ShellCommand } from '../api';
import { commandName, instructionsWithTriggers, runCommands } from '../shared/dockerfile-scripts';

/** Commands that refresh a package index, by tool, and the commands that use it in the same step. */
const families: { refresh: (tool: string, args: readonly string[]) => boolean; use: (tool: string, args: readonly string[]) => boolean }[] = [
  {
    refresh: (tool, args) => (tool === 'apt-get' || tool === 'apt') && args.includes('update'),
    use: (tool, args) =>
      ((tool === 'apt-get' || tool === 'apt' || tool === 'aptitude') && args.some((a) => ['install', 'upgrade', 'dist-upgrade', 'full-upgrade', 'build-dep', 'source', 'download'].includes(a))) ||
      tool === 'add-apt-repository' || tool === 'apt-cache' || tool === 'eatmydata',
  },
  {
    refresh: (tool, args) => tool === 'apk' && args.includes('update'),
    use: (tool, args) => tool === 'apk' && args.some((a) => a === 'add' || a === 'upgrade' || a === 'fetch'),
  },
];

/** Commands that neither install packages nor hide an install. */
const plainCommands = new Set(['apt-get', 'apt', 'apk', 'rm', 'echo', 'set', 'true', 'mkdir', 'ln', 'cp', 'mv', 'cat', 'printf', 'export', 'cd', 'sed', 'chmod', 'chown', 'touch']);

function words(command: ShellCommand): string[] {
  return command.args.map((a) => a.value);
}

export default defineRule({
  id: 'DKR-017',
  title: 'Refresh the package index in the same RUN that installs packages',
  target: 'dockerfile',
  severity: 'low',
  preset: 'recommended',
  requirements: ['4.4'],
  frameworks: { iso27001: ['A.8.8'], nist80053: ['SI-2'], cis: ['CIS Docker Benchmark v1.6.0 4.7'] },
  docs: {
    rationale:
      'Docker caches each RUN layer by its command line: an `apt-get update` or `apk update` alone in a RUN is run ' +
      'once and then reused from the cache, so later installs read an old package index and install outdated, ' +
      'unpatched versions (or fail when the mirror has dropped them).',
    remediation:
      'Update and install in one RUN, e.g. `RUN apt-get update && apt-get install -y --no-install-recommends <packages> ' +
      '&& rm -rf /var/lib/apt/lists/*`, or use `apk add --no-cache`.',
  },
  messages: {
    alone: '{{command}} runs alone in this RUN: its cached layer leaves later installs with a stale package index.',
  },
  examples: {
    bad: 'FROM debian:13-slim\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl\n',
    good: 'FROM debian:13-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
  },
  check({ file, report }) {
    for (const instruction of instructionsWithTriggers(file.instructions)) {
      if (instruction.keyword !== 'RUN') continue;
      const commands = runCommands(instruction).filter((c) => c.name);
      for (const family of families) {
        const refresh = commands.find((c) => family.refresh(commandName(c)!, words(c)));
        if (!refresh || commands.some((c) => family.use(commandName(c)!, words(c)))) continue;
        // A script may install through a helper (`install_packages`, a script file): only plain steps are judged.
        if (commands.some((c) => !plainCommands.has(commandName(c)!))) continue;
        const last = refresh.words[refresh.words.length - 1];
        report({ at: refresh.source.rangeOf(refresh.name!.start, last.end), messageId: 'alone', data: { command: `${commandName(refresh)} update` } });
      }
    }
  },
});

import { defineRule, remove, type Fix, type ShellCommand } from '../api';
import { commandName, instructionsWithTriggers, runCommands, runsAsRoot } from '../shared/dockerfile-scripts';

const reserved = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', '{', 'time']);

/** The `sudo`/`doas` word that starts the command, if any, and where the wrapped command starts. */
function elevation(command: ShellCommand): { index: number; tool: string } | undefined {
  const words = command.words;
  let i = 0;
  while (i < words.length && (reserved.has(words[i].value) || command.assignments.includes(words[i]))) i++;
  const tool = words[i]?.value.replace(/^.*\//, '');
  return tool === 'sudo' || tool === 'doas' ? { index: i, tool } : undefined;
}

/** `su -c …` or `su root -c …`: `su nobody -c …` drops privileges for a build step and is fine. */
function suToRoot(command: ShellCommand): boolean {
  const args = command.args;
  const flag = args.findIndex((a) => a.value === '-c' || a.value === '--command');
  if (flag < 0) return false;
  const users = args.filter((a, i) => i !== flag + 1 && !a.value.startsWith('-') && a.value !== '-');
  return users.length === 0 || users[0].value === 'root';
}

export default defineRule({
  id: 'DKR-007',
  title: 'Do not use sudo in RUN instructions',
  target: 'dockerfile',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['4.1'],
  frameworks: { iso27001: ['A.8.2'], nist80053: ['AC-6'], cis: ['CIS Docker Benchmark v1.6.0 4.1'] },
  docs: {
    rationale:
      'A build step that needs sudo means the image ships sudo, and usually a sudoers entry, so that a process ' +
      'running as the unprivileged user can become root again: the USER switch no longer contains it. sudo also ' +
      'behaves differently without a terminal and with a reset environment, which makes builds unpredictable. ' +
      'Passwordless sudoers entries are reported as well.',
    remediation:
      'Run the privileged steps before the final `USER` instruction (RUN runs as root until then), or switch with ' +
      '`USER root` and back; for an entrypoint that must step down from root use gosu or su-exec, and do not install sudo.',
  },
  messages: {
    sudo: '{{tool}} in a RUN instruction: run the step as root before USER instead of shipping {{tool}} in the image.',
    su: 'su -c in a RUN instruction: switch users with USER instead.',
    nopasswd: 'A NOPASSWD sudoers entry lets the container user become root without a password.',
  },
  examples: {
    bad: 'FROM ubuntu:24.04\nRUN sudo apt-get update\n',
    good: 'FROM ubuntu:24.04\nRUN apt-get update\nUSER 10001\n',
  },
  check({ file, report }) {
    for (const instruction of instructionsWithTriggers(file.instructions)) {
      if (instruction.keyword !== 'RUN') continue;
      const stage = instruction.stage;
      for (const command of runCommands(instruction)) {
        const found = elevation(command);
        if (found) {
          const word = command.words[found.index];
          const next = command.name ?? command.words[found.index + 1];
          const source = command.source;
          let suggest: Fix[] = [];
          // Removing sudo keeps the step's behaviour only where RUN already runs as root.
          if (next && stage && runsAsRoot(stage, instruction) === true && source.isContiguous(word.start, next.start)) {
            suggest = [remove(source.rangeOf(word.start, next.start), `Remove ${found.tool} (RUN runs as root here)`)];
          }
          report({ at: word.range, messageId: 'sudo', data: { tool: found.tool }, suggest });
          continue;
        }
        if (commandName(command) === 'su' && suToRoot(command)) {
          report({ at: command.name!.range, messageId: 'su' });
        }
      }
      for (const script of instruction.scripts()) {
        const at = script.text.indexOf('NOPASSWD');
        if (at >= 0 && script.text.includes('sudoers')) report({ at: script.rangeOf(at, at + 'NOPASSWD'.length), messageId: 'nopasswd', severity: 'high' });
      }
    }
  },
});

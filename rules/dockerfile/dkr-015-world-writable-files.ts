import { defineRule, type Word } from '../api';
import { commandName, instructionsWithTriggers, runCommands } from '../shared/dockerfile-scripts';

/** Whether a chmod mode gives others write access without the sticky bit (`777`, `0666`, `o+w`, `a=rwx`). */
function isWorldWritable(mode: string): boolean {
  if (/^[0-7]{3,4}$/.test(mode)) {
    const sticky = mode.length === 4 && (Number(mode[0]) & 1) === 1;
    return (Number(mode[mode.length - 1]) & 2) === 2 && !sticky;
  }
  const clauses = mode.split(',');
  if (clauses.some((c) => /^[ugoa]{0,4}[+=][rwxXst]{0,6}$/.test(c) && /t/.test(c.slice(c.search(/[+=]/))))) return false;
  return clauses.some((c) => /^[ugoa]{0,4}[+=][rwxXst]{0,6}$/.test(c) && /^[ugo]{0,3}[ao][ugoa]{0,3}[+=]/.test(c) && c.slice(c.search(/[+=]/)).includes('w'));
}

/** Build scratch space, deleted or reused only during the build. */
function isTemporary(path: string): boolean {
  return /tmp|temp/i.test(path);
}

export default defineRule({
  id: 'DKR-015',
  title: 'Do not make files in the image world-writable',
  target: 'dockerfile',
  severity: 'low',
  preset: 'strict',
  requirements: ['4.1'],
  frameworks: { iso27001: ['A.8.2'], nist80053: ['AC-6', 'CM-6'] },
  docs: {
    rationale:
      'A world-writable file or directory lets any user of the container, and any process that runs under another ' +
      'UID, change programs, libraries or configuration the application trusts. Modes with the sticky bit (`1777`, ' +
      'shared temporary directories) and temporary build paths are not reported.',
    remediation:
      'Give the files to the user that needs them (`COPY --chown=10001:10001`, `chown`) and use modes such as `755` or `775`.',
  },
  messages: {
    worldWritable: 'chmod {{mode}} makes {{path}} writable by every user.',
  },
  examples: {
    bad: 'FROM alpine:3.22\nRUN mkdir /app && chmod -R 777 /app\n',
    good: 'FROM alpine:3.22\nRUN mkdir /app && chown -R 10001:10001 /app && chmod -R 755 /app\n',
  },
  check({ file, report }) {
    const checkMode = (mode: Word, paths: readonly Word[]) => {
      const targets = paths.filter((p) => !isTemporary(p.value));
      if (!isWorldWritable(mode.value) || targets.length === 0 || targets.length < paths.length) return;
      report({ at: mode.range, messageId: 'worldWritable', data: { mode: mode.value, path: targets.map((t) => t.value).join(' ') } });
    };
    for (const instruction of instructionsWithTriggers(file.instructions)) {
      if (instruction.keyword === 'COPY' || instruction.keyword === 'ADD') {
        const chmod = instruction.flag('chmod');
        const destination = instruction.args[instruction.args.length - 1];
        if (chmod?.value && chmod.valueRange && destination && isWorldWritable(chmod.value) && !isTemporary(destination.value)) {
          report({ at: chmod.valueRange, messageId: 'worldWritable', data: { mode: chmod.value, path: destination.value } });
        }
        continue;
      }
      if (instruction.keyword !== 'RUN') continue;
      for (const command of runCommands(instruction)) {
        if (commandName(command) !== 'chmod') continue;
        const operands = command.args.filter((a) => !/^-[A-Za-z]{1,6}$/.test(a.value) && !a.value.startsWith('--'));
        if (operands.length >= 2) checkMode(operands[0], operands.slice(1));
      }
    }
  },
});

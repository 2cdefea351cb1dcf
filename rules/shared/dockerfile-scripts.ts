import { appendAll, remove, shellCommandsDeep, type Fix, type Instruction, type MappedText, type ShellCommand, type Stage } from '../api';
import { userOf } from './dockerfile-images';

/**
 * Every instruction of the file with the stage it belongs to, `ONBUILD` triggers included (they
 * run in the stage of the image built on this one, but are written here).
 */
export function* instructionsWithTriggers(instructions: readonly Instruction[]): Generator<Instruction> {
  for (const instruction of instructions) {
    yield instruction;
    if (instruction.keyword === 'ONBUILD' && instruction.trigger) yield instruction.trigger;
  }
}

/** The shell commands of a `RUN` (shell form, heredoc bodies, `sh -c` scripts). */
export function runCommands(instruction: Instruction): ShellCommand[] {
  const out: ShellCommand[] = [];
  for (const script of instruction.scripts()) appendAll(out, shellCommandsDeep(script));
  return out;
}

/** The command name as a basename without `.exe`: `/usr/bin/apt-get` → `apt-get`. */
export function commandName(command: ShellCommand): string | undefined {
  return command.name?.value.replace(/^.*[\\/]/, '').replace(/\.exe$/i, '');
}

/**
 * Whether `RUN` at `instruction` runs as root: no `USER` before it in the stage or the stages it
 * is built on, or a root `USER`. Undefined when the user is a variable without default.
 */
export function runsAsRoot(stage: Stage, instruction: Instruction): boolean | undefined {
  let limit: Instruction | undefined = instruction;
  for (const s of stage.lineage()) {
    const index = limit ? s.body.indexOf(limit) : -1;
    const body = index >= 0 ? s.body.slice(0, index) : s.body;
    limit = undefined;
    for (let i = body.length - 1; i >= 0; i--) {
      if (body[i].keyword !== 'USER') continue;
      return userOf(s, body[i])?.isRoot;
    }
  }
  return true;
}

/**
 * Removes `start..end` of `text` and the blanks before it on the same line (or after it when it
 * starts a line). Undefined when the span is not one unbroken piece of the file.
 */
export function removeSpan(text: MappedText, start: number, end: number, title: string): Fix | undefined {
  if (!text.isContiguous(start, end)) return undefined;
  let from = start;
  while (from > 0 && /[ \t]/.test(text.text[from - 1]) && text.isContiguous(from - 1, end)) from--;
  // Keep the indentation of a flag that starts its line; take the blanks after it instead.
  if (from < start && text.lineIndex.positionAt(text.offsets[from]).character === 0) from = start;
  let to = end;
  if (from === start) while (to < text.length && /[ \t]/.test(text.text[to]) && text.isContiguous(start, to + 1)) to++;
  return remove(text.rangeOf(from, to), title);
}


import { MappedText, type Word } from './model';

/** One simple command of a shell script, e.g. `curl -fsSL https://x` in `a && curl -fsSL https://x | sh`. */
export interface ShellCommand {
  /** `NAME=value` words before the command name (also `export NAME=value` arguments). */
  readonly assignments: readonly Word[];
  /** The command name after reserved words and wrappers (`sudo`, `env`, `exec`, ...); undefined for bare assignments. */
  readonly name: Word | undefined;
  /** Arguments after the name, redirections excluded. */
  readonly args: readonly Word[];
  /** Targets of `>`, `>>`, `<` redirections. */
  readonly redirects: readonly Word[];
  /** Every word of the command as written, wrappers included. */
  readonly words: readonly Word[];
  /** The script the words were split from: `start`/`end` of each word index into it. */
  readonly source: MappedText;
}

type Token = { kind: 'word'; word: Word } | { kind: 'op'; op: string };

const separators = new Set(['&&', '||', ';', '|', '&', '\n', '(', ')', ';;', '|&']);
const reserved = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', '!', '{', '}', 'time']);
const wrappers = new Set(['sudo', 'exec', 'env', 'nohup', 'command', 'builtin', 'doas', 'gosu', 'su-exec', 'xargs']);
const shells = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', '/bin/sh', '/bin/bash', '/bin/ash', '/bin/dash', '/usr/bin/env']);
const assignment = /^[A-Za-z_][A-Za-z0-9_]{0,200}=/;

/**
 * Splits a POSIX shell script into simple commands, with every word located in the file.
 * Quotes are removed from word values; `$(…)`, `${…}` and backquotes stay inside their word.
 * This is a lexer for finding commands and flags, not a full shell parser.
 */
export function shellCommands(script: MappedText): ShellCommand[] {
  const commands: ShellCommand[] = [];
  let current: Token[] = [];
  const flush = () => {
    if (current.length) commands.push(toCommand(current, script));
    current = [];
  };
  for (const token of tokenize(script)) {
    if (token.kind === 'op' && separators.has(token.op)) flush();
    else current.push(token);
  }
  flush();
  return commands;
}

/** The commands of each script already split, for as long as the script's model lives. */
const commandsOf = new WeakMap<MappedText, readonly ShellCommand[]>();

/**
 * Like `shellCommands`, and also looks inside `sh -c '…'` / `bash -c "…"` scripts, whose words
 * still map to the file.
 */
export function shellCommandsDeep(script: MappedText, depth = 0): readonly ShellCommand[] {
  // Several rules read the commands of the same RUN: split each script once.
  const known = depth === 0 ? commandsOf.get(script) : undefined;
  if (known) return known;
  const out: ShellCommand[] = [];
  for (const command of shellCommands(script)) {
    out.push(command);
    if (depth >= 3 || !command.name || !shells.has(command.name.value)) continue;
    const args = command.name.value === '/usr/bin/env' ? command.args.slice(1) : command.args;
    // Letters up to the first `c` exclude it, so a run of `c`s is not split every way.
    const flagIndex = args.findIndex((a) => /^-[abd-z]*c[a-z]*$/.test(a.value));
    const body = flagIndex >= 0 ? args[flagIndex + 1] : undefined;
    if (body) for (const inner of shellCommandsDeep(body.text, depth + 1)) out.push(inner);
  }
  if (depth === 0) commandsOf.set(script, out);
  return out;
}


function toCommand(tokens: Token[], source: MappedText): ShellCommand {
  const words: Word[] = [];
  const redirects: Word[] = [];
  let redirectNext = false;
  for (const token of tokens) {
    if (token.kind === 'op') {
      redirectNext = token.op.includes('>') || token.op.includes('<');
      continue;
    }
    if (redirectNext) {
      redirects.push(token.word);
      redirectNext = false;
    } else {
      words.push(token.word);
    }
  }
  const assignments: Word[] = [];
  let i = 0;
  for (; i < words.length; i++) {
    const value = words[i].value;
    if (reserved.has(value)) continue;
    if (assignment.test(words[i].raw)) {
      assignments.push(words[i]);
      continue;
    }
    if (wrappers.has(value)) {
      // Wrapper options (`sudo -u app`, `env -i`) come before the wrapped command.
      while (i + 1 < words.length && words[i + 1].value.startsWith('-')) {
        i++;
        if (value === 'sudo' && /^-[ugCDhprRT]$/.test(words[i].value)) i++;
      }
      continue;
    }
    break;
  }
  const name = words[i];
  const args = name ? words.slice(i + 1) : [];
  if (name && (name.value === 'export' || name.value === 'declare' || name.value === 'local' || name.value === 'readonly')) {
    // A loop, not push(...): `export` may take more words than the stack holds arguments.
    for (const arg of args) if (assignment.test(arg.raw)) assignments.push(arg);
  }
  return { assignments, name, args, redirects, words, source };
}

function* tokenize(script: MappedText): Generator<Token> {
  const text = script.text;
  let i = 0;
  let atWordStart = true;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t') {
      i++;
      atWordStart = true;
      continue;
    }
    if (c === '\\' && (text[i + 1] === '\n' || text[i + 1] === '\r')) {
      i += text[i + 1] === '\r' && text[i + 2] === '\n' ? 3 : 2;
      continue;
    }
    if (c === '\n' || c === '\r') {
      yield { kind: 'op', op: '\n' };
      i++;
      atWordStart = true;
      continue;
    }
    if (c === '#' && atWordStart) {
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
      continue;
    }
    const op = operatorAt(text, i);
    if (op) {
      yield { kind: 'op', op };
      i += op.length;
      atWordStart = true;
      continue;
    }
    const start = i;
    const chars: string[] = [];
    const offsets: number[] = [];
    const keep = (k: number) => {
      chars.push(text[k]);
      offsets.push(script.offsets[k]);
    };
    while (i < text.length) {
      const ch = text[i];
      if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') break;
      if (operatorAt(text, i) && !/^[0-9]$/.test(ch)) break;
      if (ch === '\\') {
        if (text[i + 1] === '\n' || text[i + 1] === '\r') {
          i += text[i + 1] === '\r' && text[i + 2] === '\n' ? 3 : 2;
          continue;
        }
        if (i + 1 < text.length) keep(i + 1);
        i += 2;
      } else if (ch === "'") {
        i++;
        while (i < text.length && text[i] !== "'") keep(i++);
        i++;
      } else if (ch === '"') {
        i++;
        while (i < text.length && text[i] !== '"') {
          if (text[i] === '\\' && i + 1 < text.length && '"\\$`\n'.includes(text[i + 1])) i++;
          else if (text[i] === '$' && text[i + 1] === '(') {
            const end = matchingParen(text, i + 1);
            while (i < end) keep(i++);
            continue;
          }
          keep(i++);
        }
        i++;
      } else if (ch === '$' && (text[i + 1] === '(' || text[i + 1] === '{')) {
        const end = text[i + 1] === '(' ? matchingParen(text, i + 1) : closingBrace(text, i + 1);
        while (i < end) keep(i++);
      } else if (ch === '`') {
        keep(i++);
        while (i < text.length && text[i] !== '`') keep(i++);
        if (i < text.length) keep(i++);
      } else {
        keep(i++);
      }
    }
    i = Math.min(i, text.length);
    if (i === start) {
      i++;
      continue;
    }
    const value = new MappedText(chars.join(''), offsets, script.lineIndex);
    yield { kind: 'word', word: { value: value.text, raw: text.slice(start, i), range: script.rangeOf(start, i), text: value, start, end: i } };
    atWordStart = false;
  }
}

const operators = ['&&', '||', ';;', '|&', '>>', '<<<', '<<-', '<<', '>&', '<&', '>|', '&>', ';', '|', '&', '(', ')', '<', '>'];

function operatorAt(text: string, i: number): string | undefined {
  for (const op of operators) if (text.startsWith(op, i)) return op;
  // `2>` and `2>&1` are redirections of a file descriptor.
  if (/[0-9]/.test(text[i]) && (text[i + 1] === '>' || text[i + 1] === '<') && (i === 0 || /\s/.test(text[i - 1]))) return text[i];
  return undefined;
}

function matchingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i + 1;
    else if (text[i] === "'") {
      const close = text.indexOf("'", i + 1);
      if (close < 0) return text.length;
      i = close;
    }
  }
  return text.length;
}

function closingBrace(text: string, open: number): number {
  const close = text.indexOf('}', open);
  return close < 0 ? text.length : close + 1;
}

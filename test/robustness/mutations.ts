import type { FileKind } from '../../server/src/parsers/source';

/** A small seeded generator (mulberry32): the same seed gives the same cases on every machine. */
export class Random {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [0, n). */
  below(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)];
  }
}

/** Syntax of the file a mutation applies to: Terraform splits into HCL and JSON. */
export type Syntax = 'hcl' | 'json' | 'yaml' | 'dockerfile';

export function syntaxOf(path: string, kind: FileKind): Syntax {
  if (kind === 'terraform') return /\.json$/i.test(path) ? 'json' : 'hcl';
  return kind === 'kubernetes' ? 'yaml' : 'dockerfile';
}

// Characters that trip up decoders and position arithmetic, whatever the language.
const awkwardCharacters = ['\u0000', '\uD800', '\uDC00', '\uFEFF', '\r', '\r\n', '\u2028', '\u0085', '\t', '😀', '\\', '"', "'", ' '];

/** Fragments of each language, inserted whole so that mutations reach past the tokenizer. */
const languageTokens: Record<Syntax, readonly string[]> = {
  hcl: [
    '{', '}', '[', ']', '(', ')', '=', '"', '${', '%{', '}', '<<EOF\n', '<<-EOT\n', 'EOF\n', '?', ':', '=>', '...', '/*', '*/', '//',
    '#', '0x', '1e999', '-0', 'null', 'true', 'for x in ', ' if ', '.*', '[*]', ',', '\n', 'each.value', 'each.key', 'count.index',
    'var.', 'local.', 'module.', 'self.', 'data.', 'resource "aws_security_group" "x" {\n', 'dynamic "ingress" {\n', 'content {\n',
    'for_each = ', 'count = ', 'cidr_blocks = ["0.0.0.0/0"]', 'from_port = 22', 'source = "./', 'source = "../', 'module "m" {\n',
    'variable "v" {\n', 'locals {\n', 'default = ', 'jsonencode(', 'file("', 'templatefile(', 'lookup(', 'merge(', 'try(', 'can(',
    'policy = <<POLICY\n{"Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}\nPOLICY\n', '"*"', '"0.0.0.0/0"', '::',
  ],
  json: [
    '{', '}', '[', ']', ':', ',', '"', '\\u', '\\uD800', '\\', '1e999', '-', '0', 'null', 'true', '"resource"', '"${var.x}"',
    '"aws_security_group"', '{"ingress":[{"cidr_blocks":["0.0.0.0/0"],"from_port":22,"to_port":22}]}', '"//"', '"module"',
    '{"source":"./"}', '"variable"', '"count"', '"for_each"',
  ],
  yaml: [
    ':', ': ', '- ', '? ', '{', '}', '[', ']', ',', '&a ', '*a', '&b ', '*b', '<<: *a', '<<: [*a, *b]', '!!str ', '!!map ', '!', '!<tag:x> ',
    '|', '>', '|-', '|+2', '"', "'", '#', '---\n', '...\n', '%YAML 1.2\n', '%TAG ! tag:x\n', '\t', '  ', '    ', '{{ .Values.x }}',
    '{{- if .Values.y }}\n', 'apiVersion: v1\n', 'kind: Pod\n', 'kind: List\nitems:\n', 'spec:\n', 'template:\n', 'containers:\n',
    'initContainers:\n', '- name: c\n', 'image: nginx:latest\n', 'securityContext:\n', 'privileged: true\n', 'runAsUser: 0\n',
    'hostPath:\n', 'hostNetwork: yes\n', 'volumes:\n', 'env:\n', '@', '`', '~', 'null', '0o17', '.inf', '<<',
  ],
  dockerfile: [
    '\\\n', '`\n', 'FROM ', 'FROM scratch\n', 'RUN ', 'USER ', 'USER root\n', 'ARG ', 'ENV ', 'COPY --from=', 'ADD ', '--mount=type=secret,id=x ',
    '--chown=', '<<EOF\n', '<<-EOF\n', 'EOF\n', '${', '}', '$', ':-', ':+', '[', '"', ']', '# escape=`\n', '# syntax=docker/dockerfile:1\n',
    ' AS ', 'ONBUILD ', 'HEALTHCHECK CMD ', 'SHELL ["/bin/sh", "-c"]\n', '&&', '|', ';', 'curl -k ', 'wget --no-check-certificate ',
    '--insecure ', 'PASSWORD=', 'AWS_SECRET_ACCESS_KEY=', '\t', "'", 'CMD ', 'ENTRYPOINT ', '@sha256:', ':latest', '=', '\n',
  ],
};

/** One recorded edit: enough to apply it again to the same input. */
export type MutationStep =
  | { op: 'truncate'; at: number }
  | { op: 'flipByte'; at: number; bit: number }
  | { op: 'deleteLines'; line: number; count: number }
  | { op: 'duplicateLines'; line: number; count: number }
  | { op: 'swapLines'; a: number; b: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'bom' }
  | { op: 'lineEndings'; style: 'lf' | 'crlf' | 'cr' | 'mixed'; seed: number }
  | { op: 'nest'; at: number; open: string; close: string; depth: number }
  | { op: 'repeat'; from: number; to: number; times: number }
  | { op: 'nul'; at: number; count: number }
  | { op: 'longLine'; at: number; length: number; seed: number }
  | { op: 'aliases'; line: number; count: number; block: boolean }
  | { op: 'mergeKeys'; line: number; width: number; depth: number };

function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** Offset of the start of line `line` (0-based, by `\n`), the end of the text past the last line. */
function lineStart(text: string, line: number): number {
  let at = 0;
  for (let n = 0; n < line; n++) {
    const next = text.indexOf('\n', at);
    if (next < 0) return text.length;
    at = next + 1;
  }
  return at;
}

/** Inserts `block` before line `line`, each of its lines indented as that line is, so that it joins the same mapping. */
function insertLinesAt(text: string, line: number, block: string[]): string {
  const at = lineStart(text, line);
  const indent = /^ */.exec(text.slice(at))![0];
  const lines = block.map((l) => `${indent}${l}\n`).join('');
  return text.slice(0, at) + (at > 0 && text[at - 1] !== '\n' ? '\n' : '') + lines + text.slice(at);
}

/** Characters of a long line: words, spaces, quotes and punctuation of all three languages, never a line break. */
const longLineAlphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789      _-.:=/"\'{}[]()$,;&|*#@';

function longLine(length: number, seed: number): string {
  const random = new Random(seed);
  const chars: string[] = new Array(length);
  for (let i = 0; i < length; i++) chars[i] = longLineAlphabet[random.below(longLineAlphabet.length)];
  return chars.join('');
}

/** An anchored mapping that looks like a container, and `count` references to it. */
function aliasLines(count: number, block: boolean): string[] {
  const anchor = 'fuzz-anchor: &fuzzAnchor {name: c, image: "nginx:latest", securityContext: {privileged: true, runAsUser: 0}}';
  if (block) return [anchor, 'fuzz-aliases:', ...Array.from({ length: count }, () => '  - *fuzzAnchor')];
  return [anchor, `fuzz-aliases: [${Array.from({ length: count }, () => '*fuzzAnchor').join(', ')}]`];
}

/**
 * Mappings that each merge the one before `width` times (`<<: [*m0, *m0]`), `depth` levels, and
 * one that merges the last: a chain for width 1, a merge-key bomb of width^depth for more.
 */
function mergeLines(width: number, depth: number): string[] {
  const merge = (level: number) => (width === 1 ? `*fuzzMerge${level}` : `[${Array.from({ length: width }, () => `*fuzzMerge${level}`).join(', ')}]`);
  const lines = ['fuzz-merge-0: &fuzzMerge0 {k0: 0, privileged: true}'];
  for (let level = 1; level < depth; level++) lines.push(`fuzz-merge-${level}: &fuzzMerge${level} {<<: ${merge(level - 1)}, k${level}: ${level}}`);
  lines.push(`fuzz-merged: {<<: ${merge(depth - 1)}, runAsUser: 0}`);
  return lines;
}

const encoder = new TextEncoder();
const lossyDecoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Applies one step; offsets past the end are clamped so that any step applies to any text. */
export function applyStep(text: string, step: MutationStep): string {
  const clamp = (at: number) => Math.max(0, Math.min(at, text.length));
  switch (step.op) {
    case 'truncate':
      return text.slice(0, clamp(step.at));
    case 'flipByte': {
      // As a file on disk would be damaged: in its UTF-8 bytes, decoded leniently as the CLI does.
      const bytes = encoder.encode(text);
      if (bytes.length === 0) return text;
      bytes[step.at % bytes.length] ^= 1 << step.bit;
      return lossyDecoder.decode(bytes);
    }
    case 'deleteLines': {
      const lines = splitLines(text);
      lines.splice(step.line, step.count);
      return lines.join('');
    }
    case 'duplicateLines': {
      const lines = splitLines(text);
      lines.splice(step.line, 0, ...lines.slice(step.line, step.line + step.count));
      return lines.join('');
    }
    case 'swapLines': {
      const lines = splitLines(text);
      if (step.a >= lines.length || step.b >= lines.length) return text;
      [lines[step.a], lines[step.b]] = [lines[step.b], lines[step.a]];
      return lines.join('');
    }
    case 'insert':
      return text.slice(0, clamp(step.at)) + step.text + text.slice(clamp(step.at));
    case 'bom':
      return `\uFEFF${text}`;
    case 'lineEndings': {
      const random = new Random(step.seed);
      const endings = { lf: ['\n'], crlf: ['\r\n'], cr: ['\r'], mixed: ['\n', '\r\n', '\r'] }[step.style];
      return text.replace(/\r\n|\r|\n/g, () => random.pick(endings));
    }
    case 'nest':
      return text.slice(0, clamp(step.at)) + step.open.repeat(step.depth) + step.close.repeat(step.depth) + text.slice(clamp(step.at));
    case 'repeat': {
      const from = clamp(step.from);
      const to = Math.max(from, clamp(step.to));
      return text.slice(0, to) + text.slice(from, to).repeat(step.times) + text.slice(to);
    }
    case 'nul':
      return text.slice(0, clamp(step.at)) + '\u0000'.repeat(step.count) + text.slice(clamp(step.at));
    case 'longLine':
      return text.slice(0, clamp(step.at)) + longLine(step.length, step.seed) + text.slice(clamp(step.at));
    case 'aliases':
      return insertLinesAt(text, step.line, aliasLines(step.count, step.block));
    case 'mergeKeys':
      return insertLinesAt(text, step.line, mergeLines(step.width, step.depth));
  }
}

export function applySteps(text: string, steps: readonly MutationStep[]): string {
  return steps.reduce(applyStep, text);
}

const nestings: Record<Syntax, ReadonlyArray<[string, string]>> = {
  hcl: [['[', ']'], ['{', '}'], ['(', ')'], ['a {\n', '}\n'], ['"${', '}"'], ['x = {', '}'], ['[for x in y : ', ']']],
  json: [['[', ']'], ['{"a":', '}'], ['{"resource":', '}']],
  yaml: [['[', ']'], ['{', '}'], ['- ', ''], ['a: {', '}'], ['? ', '']],
  dockerfile: [['${a:-', '}'], ['[', ']'], ['$(', ')'], ['"', '"']],
};

/** A random step for `text`, drawn from `random`; kept small so that a case stays fast. */
export function randomStep(random: Random, text: string, syntax: Syntax): MutationStep {
  const at = random.below(text.length + 1);
  const lineCount = splitLines(text).length + 1;
  switch (random.below(15)) {
    case 0:
      return { op: 'truncate', at };
    case 1:
      return { op: 'flipByte', at, bit: random.below(8) };
    case 2:
      return { op: 'deleteLines', line: random.below(lineCount), count: 1 + random.below(3) };
    case 3:
      return { op: 'duplicateLines', line: random.below(lineCount), count: 1 + random.below(5) };
    case 4:
      return { op: 'swapLines', a: random.below(lineCount), b: random.below(lineCount) };
    case 5:
    case 6:
      return { op: 'insert', at, text: random.pick(languageTokens[syntax]) };
    case 7:
      return { op: 'insert', at, text: random.pick(awkwardCharacters) };
    case 8:
      return random.below(4) === 0 ? { op: 'bom' } : { op: 'lineEndings', style: random.pick(['lf', 'crlf', 'cr', 'mixed'] as const), seed: random.below(2 ** 31) };
    case 9: {
      const [open, close] = random.pick(nestings[syntax]);
      // Unbalanced half the time: an unclosed nest is the usual half-typed state.
      return { op: 'nest', at, open, close: random.below(2) === 0 ? close : '', depth: 1 + random.below(random.below(2) === 0 ? 50 : 2_000) };
    }
    case 10: {
      const from = random.below(text.length + 1);
      return { op: 'repeat', from, to: from + random.below(200), times: 1 + random.below(50) };
    }
    case 11:
      return random.below(2) === 0
        ? { op: 'nul', at, count: 1 + random.below(3) }
        : { op: 'lineEndings', style: random.below(2) === 0 ? 'cr' : 'mixed', seed: random.below(2 ** 31) };
    case 12:
      // Up to 200,000 characters: far past any per-line limit, short enough for a case to stay fast.
      return { op: 'longLine', at, length: 1_000 + random.below(200_000), seed: random.below(2 ** 31) };
    case 13:
      if (syntax === 'yaml') {
        // Aliases and merges stay moderate: each costs the parse of what it refers to.
        return random.below(2) === 0
          ? { op: 'aliases', line: random.below(lineCount), count: 1 + random.below(300), block: random.below(2) === 0 }
          : random.below(2) === 0
            ? { op: 'mergeKeys', line: random.below(lineCount), width: 1, depth: 1 + random.below(16) }
            : { op: 'mergeKeys', line: random.below(lineCount), width: 2 + random.below(3), depth: 1 + random.below(4) };
      }
      return { op: 'insert', at, text: random.pick(languageTokens[syntax]) };
    default:
      return { op: 'insert', at, text: Array.from({ length: 1 + random.below(6) }, () => random.pick(languageTokens[syntax])).join('') };
  }
}

/** 1 to 4 random steps and the text they give. */
export function randomMutation(random: Random, text: string, syntax: Syntax): { steps: MutationStep[]; text: string } {
  const steps: MutationStep[] = [];
  let current = text;
  for (let n = 1 + random.below(4); n > 0; n--) {
    const step = randomStep(random, current, syntax);
    steps.push(step);
    current = applyStep(current, step);
  }
  return { steps, text: current };
}

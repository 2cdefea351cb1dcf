import { DockerfileParser, type Heredoc as AstHeredoc, type Instruction as AstInstruction } from 'dockerfile-ast';
import { LineIndex, changeWithinLines, withLfBreaks, type Range } from '../../engine/text';
import type { Comment, FileProblem } from '../source';
import {
  MappedText,
  Instruction,
  Stage,
  dockerfileKeywords,
  expandVariables,
  type DockerfileFile,
  type Flag,
  type Heredoc,
  type ImageReference,
  type KeyValue,
  type ParserDirective,
  type Word,
} from './model';
import { makeWord, parseFlag, parseJsonArray, splitWords, unquote } from './words';

/** Keywords whose leading `--name=value` words are flags. */
const flagKeywords = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'HEALTHCHECK']);

/** Keywords the frontend rejects without arguments. */
const needsArguments = new Set(['FROM', 'USER', 'ENV', 'ARG', 'WORKDIR', 'COPY', 'ADD', 'LABEL', 'ONBUILD']);

type HeredocCarrier = AstInstruction & { getHeredocs?: () => AstHeredoc[] };

/**
 * Parses a Dockerfile or Containerfile into a model with exact ranges. Never throws: syntax
 * errors, and anything that goes wrong while reading the file, are `problems` with code `syntax`.
 */
export function parseDockerfile(path: string, text: string): DockerfileFile {
  return parseWithParts(path, text, new LineIndex(text)).file;
}

/**
 * The model, and the parts it was assembled from (none when the file could not be read). `reuse`
 * may give the parts from an earlier parse; when it gives none, or fails, the text is read in full.
 */
function parseWithParts(path: string, text: string, lines: LineIndex, reuse?: (lines: LineIndex) => DockerfileParts | undefined): { file: DockerfileFile; parts: DockerfileParts | undefined } {
  let reused: DockerfileParts | undefined;
  try {
    reused = reuse?.(lines);
  } catch {
    reused = undefined;
  }
  try {
    const builder = new Builder(path, text, lines);
    const parts = reused ?? builder.read();
    return { file: builder.assemble(parts), parts };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const problem: FileProblem = { code: 'syntax', message: `The Dockerfile could not be read: ${message}`, range: lines.rangeOf(0, 0) };
    const file = fileModel({ path, text, lines, escapeChar: '\\', directives: [], comments: [], instructions: [], globalArgs: [], stages: [], problems: [problem], globalValues: new Map() });
    return { file, parts: undefined };
  }
}

/**
 * Parses the successive versions of one Dockerfile. When an edit stays inside one line of an
 * instruction, only that instruction is read again (its lines parsed on their own, the lines above
 * blanked so that positions stay put) and the others are kept, with what the rules worked out
 * about them; stages are then assembled anew. Gives the same model as `parseDockerfile` for every
 * text, and falls back to it whenever the edit could reach beyond the instruction.
 */
export class IncrementalDockerfileParser {
  private last: { path: string; text: string; parts: DockerfileParts } | undefined;

  parse(path: string, text: string): DockerfileFile {
    const previous = this.last?.path === path ? this.last : undefined;
    this.last = undefined;
    const { file, parts } = parseWithParts(path, text, new LineIndex(text), previous && ((lines) => reparseEditedInstruction(previous, path, text, lines)));
    if (parts) this.last = { path, text, parts };
    return file;
  }
}

/** What dockerfile-ast gives, read into the model, before instructions are put into stages. */
interface DockerfileParts {
  escape: string;
  directives: ParserDirective[];
  comments: Comment[];
  instructions: Instruction[];
  /** The syntax problems found while reading each instruction. */
  instructionProblems: FileProblem[][];
}

/**
 * The parts of `text` from those of the previous text when the two differ inside one line of one
 * instruction without heredocs, and the instruction keeps its lines; undefined otherwise.
 */
function reparseEditedInstruction(previous: { text: string; parts: DockerfileParts }, path: string, text: string, lines: LineIndex): DockerfileParts | undefined {
  const { parts } = previous;
  if (previous.text === text) return parts;
  const change = changeWithinLines(previous.text, text);
  if (!change) return undefined;

  const line = lines.positionAt(change.start).line;
  const index = parts.instructions.findIndex((i) => i.range.start.line <= line && line <= i.range.end.line);
  const edited = parts.instructions[index];
  if (!edited || edited.heredocs.length > 0) return undefined;
  const first = edited.range.start.line;
  const last = edited.range.end.line;
  const windowStart = lines.lineStarts[first];
  const window = text.slice(windowStart, lines.lineEnd(last));
  // A heredoc or a continuation at the end would take in the lines below.
  if (window.includes('<<') || endsWithContinuation(window, parts.escape)) return undefined;

  // Directive lines stay (they set the escape character); the other lines above become blanks.
  const keptLines = parts.directives.reduce((n, d) => Math.max(n, d.range.end.line + 1), 0);
  if (keptLines > first) return undefined;
  const keptEnd = lines.lineStarts[keptLines];
  const padded = text.slice(0, keptEnd) + text.slice(keptEnd, windowStart).replace(/[^\r\n]/g, ' ') + window;
  const read = new Builder(path, padded, lines).read();
  const replacement = read.instructions[0];
  if (read.instructions.length !== 1 || read.escape !== parts.escape || read.directives.length !== parts.directives.length) return undefined;
  if (replacement.range.start.line !== first || replacement.range.end.line !== last || replacement.heredocs.length > 0) return undefined;

  const inWindow = (c: Comment) => c.range.start.line >= first && c.range.start.line <= last;
  const comments = [...parts.comments.filter((c) => !inWindow(c)), ...read.comments.filter(inWindow)].sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
  const instructions = parts.instructions.slice();
  instructions[index] = replacement;
  const instructionProblems = parts.instructionProblems.slice();
  instructionProblems[index] = read.instructionProblems[0];
  return { escape: parts.escape, directives: parts.directives, comments, instructions, instructionProblems };
}

/** True when the text's last line ends with the escape character (spaces after it allowed). */
function endsWithContinuation(text: string, escape: string): boolean {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return end > 0 && text[end - 1] === escape;
}

interface ModelParts {
  path: string;
  text: string;
  lines: LineIndex;
  escapeChar: string;
  directives: ParserDirective[];
  comments: Comment[];
  instructions: Instruction[];
  globalArgs: Instruction[];
  stages: Stage[];
  problems: FileProblem[];
  globalValues: Map<string, string | undefined>;
}

function fileModel(parts: ModelParts): DockerfileFile {
  const { globalValues, ...rest } = parts;
  return {
    kind: 'dockerfile',
    ...rest,
    suppressionScopes: [],
    finalStage() {
      return parts.stages[parts.stages.length - 1];
    },
    stageNamed(name: string) {
      const lower = name.toLowerCase();
      return parts.stages.find((s) => s.name === lower);
    },
    globalArgValue(name: string) {
      return globalValues.get(name);
    },
  };
}

class Builder {
  private readonly problems: FileProblem[] = [];
  private escape = '\\';

  constructor(
    private readonly path: string,
    private readonly text: string,
    private readonly lines: LineIndex,
  ) {}

  /** Reads the directives, comments and instructions of the text. */
  read(): DockerfileParts {
    // dockerfile-ast ends a heredoc's lines at LF only; its positions hold for the original text.
    const ast = DockerfileParser.parse(withLfBreaks(this.text));
    this.escape = ast.getEscapeCharacter();
    const directives: ParserDirective[] = ast.getDirectives().map((d) => ({
      name: d.getName(),
      value: d.getValue(),
      range: copyRange(d.getRange()),
      nameRange: copyRange(d.getNameRange()),
      valueRange: copyRange(d.getValueRange()),
    }));
    const comments: Comment[] = ast.getComments().map((c) => {
      const range = copyRange(c.getRange());
      return { text: this.sliceRange(range), range };
    });
    const instructions: Instruction[] = [];
    const instructionProblems: FileProblem[][] = [];
    for (const node of ast.getInstructions()) {
      const before = this.problems.length;
      instructions.push(this.instruction(node));
      instructionProblems.push(this.problems.splice(before));
    }
    return { escape: this.escape, directives, comments, instructions, instructionProblems };
  }

  /** Puts the instructions into stages and makes the model. */
  assemble({ escape, directives, comments, instructions, instructionProblems }: DockerfileParts): DockerfileFile {
    this.escape = escape;
    // Not push(...problems): an instruction of 100,000 words can have more than the stack holds.
    for (const problems of instructionProblems) for (const problem of problems) this.problems.push(problem);
    const globalArgs: Instruction[] = [];
    const globalValues = new Map<string, string | undefined>();
    const stages: Stage[] = [];
    let model: DockerfileFile | undefined;
    const getModel = () => model!;

    for (const instruction of instructions) {
      // Instructions may come from an earlier parse (see IncrementalDockerfileParser).
      instruction.stage = undefined;
      const current = stages[stages.length - 1];
      if (instruction.keyword === 'FROM') {
        const stage = this.stage(instruction, stages, globalValues, getModel);
        stages.push(stage);
        instruction.stage = stage;
        continue;
      }
      if (current) {
        current.body.push(instruction);
        instruction.stage = current;
      } else if (instruction.keyword === 'ARG') {
        globalArgs.push(instruction);
        for (const pair of instruction.pairs) {
          this.globalPairs.push(pair);
          globalValues.set(pair.key, pair.value === undefined ? undefined : expandVariables(pair.value, (n) => globalValues.get(n)));
        }
      } else if (dockerfileKeywords.has(instruction.keyword)) {
        this.problem(instruction.keywordRange, `${instruction.keyword} cannot come before the first FROM; only ARG can.`);
      }
    }

    model = fileModel({
      path: this.path,
      text: this.text,
      lines: this.lines,
      escapeChar: this.escape,
      directives,
      comments,
      instructions,
      globalArgs,
      stages,
      problems: this.problems.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character),
      globalValues,
    });
    return model;
  }

  private instruction(ast: AstInstruction): Instruction {
    const keywordRange = copyRange(ast.getInstructionRange());
    const range = copyRange(ast.getRange());
    const keyword = ast.getKeyword().toUpperCase();
    // Asking for heredocs re-reads the instruction's arguments; only a `<<` can start one.
    const mayHaveHeredoc = this.text.slice(this.lines.offsetAt(range.start), this.lines.offsetAt(range.end)).includes('<<');
    const heredocs = mayHaveHeredoc ? this.heredocsOf(ast, keywordRange) : [];
    const argsStart = this.lines.offsetAt(keywordRange.end);
    const logical = this.logicalLine(argsStart, this.lines.offsetAt(range.end));
    if (!dockerfileKeywords.has(keyword)) this.problem(keywordRange, `Unknown instruction "${ast.getInstruction()}".`);
    for (const heredoc of heredocs) {
      if (!heredoc.delimiterRange) this.problem(heredoc.markerRange, `The heredoc "${heredoc.name}" has no closing "${heredoc.name}" line.`);
    }
    return this.fromLogical(keyword, keywordRange, range, logical, heredocs);
  }

  /** Builds an instruction from its logical line (shared with `ONBUILD` triggers). */
  private fromLogical(keyword: string, keywordRange: Range, range: Range, logical: MappedText, heredocs: Heredoc[]): Instruction {
    const words = splitWords(logical, this.escape);
    const flags: Flag[] = [];
    let index = 0;
    if (flagKeywords.has(keyword)) {
      for (; index < words.length; index++) {
        const flag = parseFlag(words[index], logical, this.escape);
        if (!flag) break;
        flags.push(flag);
      }
    }
    let restStart = index < words.length ? words[index].start : logical.length;
    if (index >= words.length && flags.length) restStart = logical.length;
    const argsText = logical.slice(restStart);
    const jsonArgs = ['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'COPY', 'ADD', 'VOLUME'].includes(keyword)
      ? parseJsonArray(argsText, 0)
      : undefined;
    const args = jsonArgs ?? splitWords(argsText, this.escape);

    if (needsArguments.has(keyword) && args.length === 0 && heredocs.length === 0) {
      this.problem(keywordRange, `${keyword} needs arguments.`);
    }
    if ((keyword === 'COPY' || keyword === 'ADD') && args.length === 1 && heredocs.length === 0) {
      this.problem(args[0].range, `${keyword} needs a source and a destination.`);
    }

    let pairs: KeyValue[] = [];
    if (keyword === 'ENV' || keyword === 'LABEL' || keyword === 'ARG') pairs = this.pairs(keyword, argsText, args);

    let trigger: Instruction | undefined;
    if (keyword === 'ONBUILD' && args.length > 0) {
      const first = args[0];
      const triggerKeyword = first.value.toUpperCase();
      if (!dockerfileKeywords.has(triggerKeyword)) this.problem(first.range, `Unknown instruction "${first.value}".`);
      else if (['ONBUILD', 'FROM', 'MAINTAINER'].includes(triggerKeyword)) this.problem(first.range, `ONBUILD cannot trigger ${triggerKeyword}.`);
      trigger = this.fromLogical(triggerKeyword, first.range, range, argsText.slice(first.end), []);
    }

    return new Instruction(keyword, keywordRange, range, flags, args, argsText, jsonArgs !== undefined, heredocs, pairs, trigger);
  }

  private pairs(keyword: string, argsText: MappedText, args: Word[]): KeyValue[] {
    if (args.length === 0) return [];
    const pairs: KeyValue[] = [];
    const legacy = keyword !== 'ARG' && !args[0].raw.includes('=');
    if (legacy) {
      const key = args[0];
      let valueStart = key.end;
      while (valueStart < argsText.length && (argsText.text[valueStart] === ' ' || argsText.text[valueStart] === '\t')) valueStart++;
      let valueEnd = argsText.length;
      while (valueEnd > valueStart && /\s/.test(argsText.text[valueEnd - 1])) valueEnd--;
      if (valueEnd <= valueStart) {
        this.problem(key.range, `${keyword} ${key.value} needs a value.`);
        return [];
      }
      const valueText = unquote(argsText.slice(valueStart, valueEnd), this.escape);
      const valueRange = argsText.rangeOf(valueStart, valueEnd);
      return [{ key: key.value, keyRange: key.range, value: valueText.text, valueRange, valueText, range: argsText.rangeOf(key.start, valueEnd), legacy: true }];
    }
    for (const word of args) {
      const eq = word.raw.indexOf('=');
      if (eq < 0) {
        if (keyword !== 'ARG') {
          this.problem(word.range, `Expected key=value in ${keyword}.`);
          continue;
        }
        pairs.push({ key: word.value, keyRange: word.range, value: undefined, valueRange: undefined, valueText: undefined, range: word.range, legacy: false });
        continue;
      }
      const keyWord = makeWord(argsText, word.start, word.start + eq, this.escape);
      if (keyWord.value === '') {
        this.problem(word.range, `A ${keyword} key cannot be empty.`);
        continue;
      }
      const valueText = unquote(argsText.slice(word.start + eq + 1, word.end), this.escape);
      pairs.push({
        key: keyWord.value,
        keyRange: keyWord.range,
        value: valueText.text,
        valueRange: argsText.rangeOf(word.start + eq + 1, word.end),
        valueText,
        range: word.range,
        legacy: false,
      });
    }
    return pairs;
  }

  private stage(from: Instruction, earlier: Stage[], globals: Map<string, string | undefined>, model: () => DockerfileFile): Stage {
    const args = from.args;
    const imageWord = args[0];
    let name: string | undefined;
    let nameRange: Range | undefined;
    if (args.length === 3 && args[1].value.toUpperCase() === 'AS') {
      name = args[2].value.toLowerCase();
      nameRange = args[2].range;
      if (!/^[a-z][a-z0-9_.-]*$/.test(name)) this.problem(args[2].range, `"${args[2].value}" is not a valid stage name.`);
    } else if (args.length > 1) {
      this.problem(rangeSpan(args[1].range, args[args.length - 1].range), 'Expected FROM <image> [AS <name>].');
    }
    const image = imageWord ? this.imageReference(imageWord, globals) : emptyImage(from.keywordRange);
    const stage = new Stage(earlier.length, from, image, name, nameRange, from.flag('platform'), {
      lines: this.lines,
      globalArgValue: (n) => model().globalArgValue(n),
    });
    const resolved = image.resolved?.toLowerCase();
    if (resolved !== undefined) stage.parent = earlier.find((s) => s.name === resolved);
    return stage;
  }

  private imageReference(word: Word, globals: Map<string, string | undefined>): ImageReference {
    let mapped = word.text;
    const expandedFrom: KeyValue[] = [];
    let resolved: string | undefined = word.value;
    if (word.value.includes('$')) {
      const result = expandMapped(word.text, (n) => {
        if (globals.has(n)) {
          const pair = this.globalPair(n);
          if (pair) expandedFrom.push(pair);
        }
        // An empty default (`ARG TAG=`) is a value the build is expected to pass: the image is unknown.
        const value = globals.get(n);
        return value === '' ? undefined : value;
      });
      resolved = result?.text;
      if (result) mapped = result;
    }
    const base = { raw: word.value, resolved, expanded: resolved !== undefined && resolved !== word.value, range: word.range, expandedFrom };
    if (resolved === undefined) {
      return { ...base, name: undefined, tag: undefined, digest: undefined, tagRange: undefined, digestRange: undefined };
    }
    const at = resolved.indexOf('@');
    const beforeDigest = at < 0 ? resolved : resolved.slice(0, at);
    const slash = beforeDigest.lastIndexOf('/');
    const colon = beforeDigest.lastIndexOf(':');
    const hasTag = colon > slash;
    const exact = (start: number, end: number) => (mapped.isContiguous(start, end) && end > start ? mapped.rangeOf(start, end) : undefined);
    return {
      ...base,
      name: hasTag ? beforeDigest.slice(0, colon) : beforeDigest,
      tag: hasTag ? beforeDigest.slice(colon + 1) : undefined,
      digest: at < 0 ? undefined : resolved.slice(at + 1),
      tagRange: hasTag ? exact(colon + 1, beforeDigest.length) : undefined,
      digestRange: at < 0 ? undefined : exact(at + 1, resolved.length),
    };
  }

  private readonly globalPairs: KeyValue[] = [];

  private globalPair(name: string): KeyValue | undefined {
    return this.globalPairs.filter((p) => p.key === name).pop();
  }

  /**
   * Joins an instruction's lines: drops escape-newline continuations, and the blank and comment
   * lines the frontend skips inside a continued instruction. Stops at the first line break that
   * is not continued (a heredoc body follows it).
   */
  private logicalLine(from: number, to: number): MappedText {
    const { text } = this;
    const chars: string[] = [];
    const offsets: number[] = [];
    let i = from;
    let continued = false;
    while (i < to) {
      if (continued) {
        let j = i;
        while (j < to && (text[j] === ' ' || text[j] === '\t')) j++;
        if (j < to && (text[j] === '#' || text[j] === '\n' || text[j] === '\r')) {
          while (j < to && text[j] !== '\n' && text[j] !== '\r') j++;
          i = skipLineBreak(text, j);
          continue;
        }
        continued = false;
      }
      const c = text[i];
      if (c === this.escape) {
        let j = i + 1;
        while (j < to && (text[j] === ' ' || text[j] === '\t')) j++;
        if (j >= to) break;
        if (text[j] === '\n' || text[j] === '\r') {
          i = skipLineBreak(text, j);
          continued = true;
          continue;
        }
      }
      if (c === '\n' || c === '\r') break;
      chars.push(c);
      offsets.push(i);
      i++;
    }
    return new MappedText(chars.join(''), offsets, this.lines);
  }

  private heredocsOf(ast: AstInstruction, keywordRange: Range): Heredoc[] {
    try {
      return ((ast as HeredocCarrier).getHeredocs?.() ?? []).map((h) => this.heredoc(h));
    } catch {
      // dockerfile-ast fails on some malformed heredocs (seen with lone-CR line breaks): the rest
      // of the file is still read.
      this.problem(keywordRange, 'The heredoc of this instruction could not be read; its body is not checked.');
      return [];
    }
  }

  private heredoc(ast: AstHeredoc): Heredoc {
    const markerRange = copyRange(ast.getStartRange());
    const marker = this.sliceRange(markerRange);
    const content = ast.getContentRange();
    const delimiter = ast.getDelimiterRange();
    let body = new MappedText('', [], this.lines);
    let bodyRange: Range | undefined;
    if (content) {
      const start = this.lines.offsetAt(content.start);
      let end = this.lines.offsetAt(content.end);
      if (content.end.line > content.start.line && content.end.character === 0) end = this.lines.lineEnd(content.end.line - 1);
      const offsets = Array.from({ length: end - start }, (_, k) => start + k);
      // Lines as the shell reads them: a lone CR is the line break an editor showed.
      body = new MappedText(withLfBreaks(this.text.slice(start, end)), offsets, this.lines);
      bodyRange = this.lines.rangeOf(start, end);
    }
    return {
      name: ast.getName(),
      markerRange,
      quoted: /["']/.test(marker),
      stripsTabs: marker.startsWith('<<-'),
      body,
      bodyRange,
      delimiterRange: delimiter ? copyRange(delimiter) : undefined,
    };
  }

  private sliceRange(range: Range): string {
    return this.text.slice(this.lines.offsetAt(range.start), this.lines.offsetAt(range.end));
  }

  private problem(range: Range, message: string): void {
    this.problems.push({ code: 'syntax', message, range });
  }
}

function skipLineBreak(text: string, at: number): number {
  if (text[at] === '\r' && text[at + 1] === '\n') return at + 2;
  return at + 1;
}

function copyRange(range: Range): Range {
  return { start: { line: range.start.line, character: range.start.character }, end: { line: range.end.line, character: range.end.character } };
}

function rangeSpan(first: Range, last: Range): Range {
  return { start: first.start, end: last.end };
}

function emptyImage(at: Range): ImageReference {
  return { raw: '', resolved: undefined, expanded: false, name: undefined, tag: undefined, digest: undefined, range: at, tagRange: undefined, digestRange: undefined, expandedFrom: [] };
}

const mappedVariable = /\$(?:\{([A-Za-z_][A-Za-z0-9_]{0,200})(?:(:?[-+])([^}]{0,500}))?\}|([A-Za-z_][A-Za-z0-9_]{0,200}))/g;

/** Like `expandVariables`, keeping source offsets of literal characters (substituted ones get -1). */
function expandMapped(source: MappedText, lookup: (name: string) => string | undefined): MappedText | undefined {
  const chars: string[] = [];
  const offsets: number[] = [];
  let cursor = 0;
  for (const match of source.text.matchAll(mappedVariable)) {
    const at = match.index!;
    for (let i = cursor; i < at; i++) {
      chars.push(source.text[i]);
      offsets.push(source.offsets[i]);
    }
    const value = expandVariables(match[0], lookup);
    if (value === undefined) return undefined;
    for (let i = 0; i < value.length; i++) {
      chars.push(value[i]);
      offsets.push(-1);
    }
    cursor = at + match[0].length;
  }
  for (let i = cursor; i < source.text.length; i++) {
    chars.push(source.text[i]);
    offsets.push(source.offsets[i]);
  }
  const text = chars.join('');
  if (text.includes('$')) return undefined;
  return new MappedText(text, offsets, source.lineIndex);
}

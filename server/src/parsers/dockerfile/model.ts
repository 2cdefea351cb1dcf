import type { LineIndex, Position, Range } from '../../engine/text';
import type { SourceFile } from '../source';

/** Instruction keywords the Dockerfile frontend knows. Anything else is reported as a syntax problem. */
export const dockerfileKeywords: ReadonlySet<string> = new Set([
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL',
  'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
]);

/**
 * Text assembled from pieces of the file (an instruction joined across continuation lines, a
 * quoted word without its quotes, a heredoc body), remembering the file offset of every
 * character so that any slice maps back to an exact source range.
 */
export class MappedText {
  /**
   * @param text the assembled text
   * @param offsets file offset (UTF-16) of each character of `text`; `-1` for characters that do
   *   not come from the file (substituted variables)
   * @param lines the file's line index
   */
  constructor(
    readonly text: string,
    readonly offsets: readonly number[],
    private readonly lines: LineIndex,
  ) {}

  get length(): number {
    return this.text.length;
  }

  /** File offset where the character at `index` stands (the end of the text for `index === length`). */
  offsetAt(index: number): number {
    if (index < this.offsets.length && this.offsets[index] >= 0) return this.offsets[index];
    for (let i = Math.min(index, this.offsets.length) - 1; i >= 0; i--) {
      if (this.offsets[i] >= 0) return this.offsets[i] + 1;
    }
    return this.offsets.find((o) => o >= 0) ?? 0;
  }

  /**
   * Source range of `text.slice(start, end)`. The end is placed just after the last character, so
   * a slice never swallows the continuation that follows it.
   */
  rangeOf(start: number, end: number): Range {
    const startOffset = this.offsetAt(start);
    if (end <= start) {
      const at = this.lines.positionAt(startOffset);
      return { start: at, end: at };
    }
    let last = end - 1;
    while (last > start && this.offsets[last] < 0) last--;
    const endOffset = this.offsets[last] >= 0 ? this.offsets[last] + 1 : startOffset;
    return this.lines.rangeOf(startOffset, Math.max(startOffset, endOffset));
  }

  /** True when every character of the slice comes from the file, in one unbroken run. */
  isContiguous(start: number, end: number): boolean {
    for (let i = start; i < end; i++) {
      if (this.offsets[i] < 0) return false;
      if (i > start && this.offsets[i] !== this.offsets[i - 1] + 1) return false;
    }
    return true;
  }

  slice(start: number, end = this.text.length): MappedText {
    return new MappedText(this.text.slice(start, end), this.offsets.slice(start, end), this.lines);
  }

  get lineIndex(): LineIndex {
    return this.lines;
  }
}

/**
 * One word of an instruction or of a shell command: quotes removed and escapes resolved in
 * `value`, with the range of the word as written.
 */
export interface Word {
  /** The word after quote removal, e.g. `a b` for `"a b"`. */
  readonly value: string;
  /** The word as written, quotes included. */
  readonly raw: string;
  readonly range: Range;
  /** `value` with the file offset of each character, to locate part of a word. */
  readonly text: MappedText;
  /** Start and end of the raw word inside the text it was split from. */
  readonly start: number;
  readonly end: number;
}

/** An option inside a flag value, e.g. `type=secret` in `--mount=type=secret,id=npm`. */
export interface FlagOption {
  readonly name: string;
  readonly value: string | undefined;
  readonly range: Range;
  readonly valueRange: Range | undefined;
}

/** An instruction flag such as `--from=build`, `--mount=type=cache,target=/x` or `--link`. */
export interface Flag {
  /** Name without dashes: `from`, `mount`, `chown`, `security`, `network`, `platform`. */
  readonly name: string;
  readonly value: string | undefined;
  /** From the dashes to the end of the value. */
  readonly range: Range;
  readonly nameRange: Range;
  readonly valueRange: Range | undefined;
  /** Comma-separated `key=value` options of the value (`--mount`); empty for plain values. */
  readonly options: readonly FlagOption[];
  readonly word: Word;
}

/** A key/value pair of `ENV`, `ARG` or `LABEL`, in either `k=v` or legacy `ENV k v` form. */
export interface KeyValue {
  readonly key: string;
  readonly keyRange: Range;
  /** Unquoted value; undefined for an `ARG` without default. */
  readonly value: string | undefined;
  /** Range of the value as written (quotes included); undefined without a value. */
  readonly valueRange: Range | undefined;
  /** `value` with source offsets, for locating a token inside it. */
  readonly valueText: MappedText | undefined;
  /** From the key to the end of the value. */
  readonly range: Range;
  /** True for the legacy `ENV key value with spaces` form. */
  readonly legacy: boolean;
}

/** A here-document (`RUN <<EOF`, `COPY <<EOF /path`). Its body is not part of the arguments. */
export interface Heredoc {
  /** The delimiter word, e.g. `EOF`. */
  readonly name: string;
  /** Range of the marker in the instruction line, e.g. `<<-"EOF"`. */
  readonly markerRange: Range;
  /** Quoted delimiters turn off variable expansion in the body. */
  readonly quoted: boolean;
  /** `<<-` strips leading tabs from the body. */
  readonly stripsTabs: boolean;
  /** The body between the marker line and the delimiter line, exactly as written. */
  readonly body: MappedText;
  /** Range of the body; undefined when it is empty. */
  readonly bodyRange: Range | undefined;
  /** Range of the closing delimiter; undefined when the file ends first. */
  readonly delimiterRange: Range | undefined;
}

/** A parser directive at the top of the file (`# syntax=…`, `# escape=…`, `# check=…`). */
export interface ParserDirective {
  readonly name: string;
  readonly value: string;
  readonly range: Range;
  readonly nameRange: Range;
  readonly valueRange: Range;
}

/** One instruction of the file, with its parts located precisely. */
export class Instruction {
  /** The build stage the instruction belongs to; undefined before the first `FROM`. */
  stage: Stage | undefined;

  constructor(
    /** Upper-case keyword, e.g. `RUN` (written in any case in the file). */
    readonly keyword: string,
    readonly keywordRange: Range,
    /** From the keyword to the end of the last line, heredoc delimiters included. */
    readonly range: Range,
    /** Leading `--name[=value]` flags (FROM, RUN, COPY, ADD, HEALTHCHECK). */
    readonly flags: readonly Flag[],
    /**
     * Arguments after the flags: JSON strings for the exec form, otherwise the words of the
     * logical line. Heredoc bodies and comment lines inside continuations are not arguments.
     */
    readonly args: readonly Word[],
    /**
     * Everything after the keyword and flags as one logical line: continuations (with the
     * file's escape character) and interleaved comment lines removed, heredoc bodies excluded.
     * For `RUN` in shell form this is the shell command.
     */
    readonly argsText: MappedText,
    /** True when the arguments are a JSON array (exec form). */
    readonly json: boolean,
    readonly heredocs: readonly Heredoc[],
    /** Key/value pairs of `ENV`, `ARG` and `LABEL`; empty for other keywords. */
    readonly pairs: readonly KeyValue[],
    /** The instruction an `ONBUILD` wraps. */
    readonly trigger: Instruction | undefined,
  ) {}

  /** The first flag of that name (`from`, `mount`, ...). */
  flag(name: string): Flag | undefined {
    return this.flags.find((f) => f.name === name);
  }

  /** All flags of that name (`--mount` may repeat). */
  flagsNamed(name: string): Flag[] {
    return this.flags.filter((f) => f.name === name);
  }

  /**
   * Shell scripts this instruction runs: the command (shell form only) and, for `RUN`, the body
   * of each heredoc. Rules that look for commands scan all of them.
   */
  scripts(): MappedText[] {
    if (this.keyword !== 'RUN') return [];
    const out: MappedText[] = [];
    if (!this.json) out.push(this.argsText);
    for (const heredoc of this.heredocs) out.push(heredoc.body);
    return out;
  }
}

/** A parsed image reference `[registry/]name[:tag][@digest]`. */
export interface ImageReference {
  /** The reference as written, e.g. `${BASE}` or `node:20-alpine`. */
  readonly raw: string;
  /**
   * The reference after substituting `ARG` defaults; undefined when a variable has no default
   * (the image is unknown).
   */
  readonly resolved: string | undefined;
  /** True when `resolved` differs from `raw` because variables were substituted. */
  readonly expanded: boolean;
  /** Repository without tag or digest, e.g. `gcr.io/distroless/static`; undefined when unknown. */
  readonly name: string | undefined;
  readonly tag: string | undefined;
  /** `sha256:…`, without the `@`. */
  readonly digest: string | undefined;
  /** Range of the reference as written in the `FROM`. */
  readonly range: Range;
  /** Range of the tag when it is written literally in the `FROM` (not from a variable). */
  readonly tagRange: Range | undefined;
  readonly digestRange: Range | undefined;
  /** The `ARG` pairs whose defaults were substituted. */
  readonly expandedFrom: readonly KeyValue[];
}

/** What a stage needs from its file, kept narrow so that the stage does not refer back to the file type. */
export interface StageContext {
  readonly lines: LineIndex;
  globalArgValue(name: string): string | undefined;
}

/** A build stage: one `FROM` and the instructions up to the next. */
export class Stage {
  /** The earlier stage this one is built on (`FROM <alias>`), if any. */
  parent: Stage | undefined;
  readonly body: Instruction[] = [];

  constructor(
    /** 0-based position among the stages. */
    readonly index: number,
    readonly from: Instruction,
    readonly image: ImageReference,
    /** Lower-case stage name from `AS name`. */
    readonly name: string | undefined,
    readonly nameRange: Range | undefined,
    /** The `--platform` flag. */
    readonly platform: Flag | undefined,
    private readonly context: StageContext,
  ) {}

  /** True for `FROM scratch`. */
  get isScratch(): boolean {
    return !this.parent && this.image.resolved?.toLowerCase() === 'scratch';
  }

  /** The stage's instructions after `FROM`, optionally only those of one keyword. */
  instructions(keyword?: string): Instruction[] {
    return keyword ? this.body.filter((i) => i.keyword === keyword) : [...this.body];
  }

  /** The last instruction of that keyword in this stage only. */
  last(keyword: string): Instruction | undefined {
    for (let i = this.body.length - 1; i >= 0; i--) if (this.body[i].keyword === keyword) return this.body[i];
    return undefined;
  }

  /** This stage, then the stages it is built on (`FROM <alias>` chain), nearest first. */
  lineage(): Stage[] {
    const out: Stage[] = [];
    for (let s: Stage | undefined = this; s && !out.includes(s); s = s.parent) out.push(s);
    return out;
  }

  /** The stage at the bottom of the `FROM <alias>` chain, whose image is a real base image. */
  root(): Stage {
    const chain = this.lineage();
    return chain[chain.length - 1];
  }

  /**
   * The `USER` in effect at the end of this stage, following `FROM <alias>` chains; undefined
   * when no stage of the chain sets one (the base image decides).
   */
  effectiveUser(): Instruction | undefined {
    for (const stage of this.lineage()) {
      const user = stage.last('USER');
      if (user) return user;
    }
    return undefined;
  }

  /**
   * Value of a variable just before `at` (or at the end of the stage): the latest `ENV`, or an
   * `ARG` default, of this stage and the stages it is built on. Global `ARG`s apply only when the
   * stage re-declares them. Undefined when unknown (no literal default).
   */
  variable(name: string, at?: Instruction): string | undefined {
    return lookupVariable(this, name, at, this.context);
  }

  /** Expands `$X`, `${X}`, `${X:-d}`, `${X-d}` in `value`; undefined when any part is unknown. */
  expand(value: string, at?: Instruction): string | undefined {
    return expandVariables(value, (name) => this.variable(name, at));
  }

  /**
   * Where to insert a line that must run before the container command: the start of the first
   * `CMD`/`ENTRYPOINT` line of the stage, else the end of the stage. `newlineBefore` is true when
   * the insertion point is at the end of a last line without a line break.
   */
  insertionPointBeforeCommand(): { position: Position; newlineBefore: boolean } {
    const command = this.body.find((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT');
    const file = this.context;
    if (command) return { position: { line: command.range.start.line, character: 0 }, newlineBefore: false };
    const lastLine = (this.body[this.body.length - 1] ?? this.from).range.end.line;
    if (lastLine + 1 < file.lines.lineCount) return { position: { line: lastLine + 1, character: 0 }, newlineBefore: false };
    return { position: file.lines.positionAt(file.lines.lineEnd(lastLine)), newlineBefore: true };
  }

  /** From the `FROM` to the end of the last instruction. */
  get range(): Range {
    const last = this.body[this.body.length - 1] ?? this.from;
    return { start: this.from.range.start, end: last.range.end };
  }
}

/** A parsed Dockerfile (or Containerfile). */
export interface DockerfileFile extends SourceFile {
  readonly kind: 'dockerfile';
  /** `\` unless an `# escape=` directive says otherwise. */
  readonly escapeChar: string;
  readonly directives: readonly ParserDirective[];
  /** Every instruction in file order, those before the first `FROM` included. */
  readonly instructions: readonly Instruction[];
  /** `ARG` instructions before the first `FROM`: they feed `FROM` lines. */
  readonly globalArgs: readonly Instruction[];
  readonly stages: readonly Stage[];
  /** The stage a plain `docker build` produces: the last one. */
  finalStage(): Stage | undefined;
  /** The stage with that name (case-insensitive). */
  stageNamed(name: string): Stage | undefined;
  /** Default of a global `ARG` (expanded); undefined when it has none or it is unknown. */
  globalArgValue(name: string): string | undefined;
}

function lookupVariable(stage: Stage, name: string, at: Instruction | undefined, file: StageContext): string | undefined {
  let limit = at;
  for (const s of stage.lineage()) {
    const body = limit && s.body.includes(limit) ? s.body.slice(0, s.body.indexOf(limit)) : s.body;
    limit = undefined;
    for (let i = body.length - 1; i >= 0; i--) {
      const instruction = body[i];
      if (instruction.keyword !== 'ENV' && instruction.keyword !== 'ARG') continue;
      for (let p = instruction.pairs.length - 1; p >= 0; p--) {
        const pair = instruction.pairs[p];
        if (pair.key !== name) continue;
        if (pair.value !== undefined) return pair.value.includes('$') ? undefined : pair.value;
        if (instruction.keyword === 'ARG') return globalDefault(file, name);
        return undefined;
      }
    }
  }
  return undefined;
}

function globalDefault(file: StageContext, name: string): string | undefined {
  return file.globalArgValue(name);
}

const variablePattern = /\$(?:\{([A-Za-z_][A-Za-z0-9_]{0,200})(?:(:?[-+])([^}]{0,500}))?\}|([A-Za-z_][A-Za-z0-9_]{0,200}))/g;

/**
 * Expands Dockerfile variables with `lookup`; undefined when a variable without fallback is
 * unknown or the syntax is beyond `$X`, `${X}`, `${X:-d}`, `${X-d}`, `${X:+d}`, `${X+d}`.
 */
export function expandVariables(value: string, lookup: (name: string) => string | undefined): string | undefined {
  let unknown = false;
  const out = value.replace(variablePattern, (_whole, braced: string | undefined, op: string | undefined, word: string | undefined, plain: string | undefined) => {
    const name = braced ?? plain!;
    const found = lookup(name);
    if (op === ':-' || op === '-') {
      if (found !== undefined && (op === '-' || found !== '')) return found;
      if (found === undefined && word !== undefined && !word.includes('$')) return word;
      unknown = true;
      return '';
    }
    if (op === ':+' || op === '+') {
      if (found === undefined) {
        unknown = true;
        return '';
      }
      return op === '+' || found !== '' ? word ?? '' : '';
    }
    if (found === undefined) unknown = true;
    return found ?? '';
  });
  if (unknown || out.includes('$')) return undefined;
  return out;
}

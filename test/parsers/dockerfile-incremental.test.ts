import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules';
import { lint } from '../../server/src/engine/lint';
import { IncrementalDockerfileParser, parseDockerfile } from '../../server/src/parsers/dockerfile/parse';
import type { DockerfileFile, Instruction, MappedText, Stage } from '../../server/src/parsers/dockerfile/model';
import { findCorpus } from '../helpers/corpus';

const corpusDockerfiles = join(findCorpus(join(__dirname, '../..')) ?? 'no-corpus', 'dockerfile');

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

/** Mostly what typing inside a line inserts, and some that reach beyond it. */
const insertions = ['x', 'x', 'x', ' ', '"', "'", '$', '${A}', '=', '-k', '--user=root', '#', '\\', '`', '<<EOF', '[', ']', 'é', '😀', '\n', '\r\n', 'FROM ', ' AS b', '\\\n'];

/** One edit as a user makes them: mostly a character typed or deleted inside a line. */
function mutate(text: string, next: () => number): string {
  const at = Math.floor(next() * (text.length + 1));
  const choice = next();
  if (choice < 0.55) return text.slice(0, at) + insertions[Math.floor(next() * insertions.length)] + text.slice(at);
  if (choice < 0.85) return text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 4));
  const lines = text.split('\n');
  const line = Math.floor(next() * lines.length);
  if (next() < 0.5) lines.splice(line, 1);
  else lines.splice(line, 0, lines[line]);
  return lines.join('\n');
}

/** Where each character of a mapped text comes from, as positions: what its offsets mean. */
const places = (text: MappedText) => ({ text: text.text, at: Array.from({ length: text.length }, (_, i) => text.rangeOf(i, i + 1)) });

function instructionView(i: Instruction): unknown {
  return {
    keyword: i.keyword,
    keywordRange: i.keywordRange,
    range: i.range,
    json: i.json,
    argsText: places(i.argsText),
    flags: i.flags.map(({ word, ...flag }) => ({ ...flag, word: word.range })),
    args: i.args.map((a) => ({ value: a.value, raw: a.raw, range: a.range, text: places(a.text) })),
    pairs: i.pairs.map((p) => ({ key: p.key, keyRange: p.keyRange, value: p.value, valueRange: p.valueRange, range: p.range, legacy: p.legacy })),
    heredocs: i.heredocs.map((h) => ({ name: h.name, markerRange: h.markerRange, body: places(h.body), bodyRange: h.bodyRange, delimiterRange: h.delimiterRange })),
    trigger: i.trigger && instructionView(i.trigger),
    stage: i.stage?.index,
  };
}

const stageView = (s: Stage) => ({
  index: s.index,
  from: s.from.range,
  name: s.name,
  nameRange: s.nameRange,
  parent: s.parent?.index,
  image: { ...s.image, expandedFrom: s.image.expandedFrom.map((p) => p.range) },
  body: s.body.map((i) => i.range),
});

/** Everything rules and users see of a model: positions rather than the offsets behind them. */
function view(file: DockerfileFile): unknown {
  return {
    escapeChar: file.escapeChar,
    problems: file.problems,
    comments: file.comments,
    directives: file.directives,
    instructions: file.instructions.map(instructionView),
    globalArgs: file.globalArgs.map((i) => i.range),
    stages: file.stages.map(stageView),
    findings: lint(file, rules, {}),
  };
}

const fixtures = readdirSync('test-fixtures/dockerfile')
  .map((name) => join('test-fixtures/dockerfile', name))
  .sort();

const sample = [
  '# syntax=docker/dockerfile:1',
  'ARG BASE=alpine:3.20',
  'FROM ${BASE} AS build',
  'RUN apk add --no-cache curl \\',
  '    # fetch the tool',
  '    && curl -fsSL https://example.com/tool -o /tool \\',
  '    && chmod +x /tool',
  'ENV TOKEN=abc \\',
  '    MODE="fast"',
  'COPY --chown=app:app ["a", "/b"]',
  'RUN <<EOF',
  'echo hi',
  'EOF',
  'ONBUILD RUN curl -k https://x',
  'FROM build',
  'USER app',
  'CMD ["/tool"]',
  '',
].join('\n');

describe('incremental Dockerfile parsing', () => {
  it('has fixtures to edit', () => {
    expect(fixtures.length).toBeGreaterThan(5);
  });

  it.each([...fixtures, 'sample'])('gives what a fresh parse gives after every edit of %s', (name) => {
    const path = name === 'sample' ? 'Dockerfile' : name;
    const next = random(name.length * 7919);
    const parser = new IncrementalDockerfileParser();
    let text = name === 'sample' ? sample : readFileSync(name, 'utf8');
    expect(view(parser.parse(path, text))).toEqual(view(parseDockerfile(path, text)));
    for (let step = 0; step < 150; step++) {
      text = mutate(text, next);
      expect(view(parser.parse(path, text)), `edit ${step + 1}:\n${text}`).toEqual(view(parseDockerfile(path, text)));
    }
  });

  it('gives what a fresh parse gives for CRLF files, other escape characters and edits at the edges', () => {
    const texts = [
      sample.replace(/\n/g, '\r\n'),
      '# escape=`\nFROM alpine\nRUN echo a `\n  b\nUSER x\n',
      'FROM alpine\nRUN echo a',
      'RUN early\nFROM alpine\n',
    ];
    for (const [n, original] of texts.entries()) {
      const next = random(n + 1);
      for (let step = 0; step < 100; step++) {
        const parser = new IncrementalDockerfileParser();
        parser.parse('Dockerfile', original);
        const edited = mutate(original, next);
        expect(view(parser.parse('Dockerfile', edited)), `text ${n}, edit ${step + 1}:\n${edited}`).toEqual(view(parseDockerfile('Dockerfile', edited)));
      }
    }
  });

  it('reads only the edited instruction when a keystroke stays inside its line', () => {
    const parser = new IncrementalDockerfileParser();
    const before = parser.parse('Dockerfile', sample);
    const typed = sample.replace('chmod +x /tool', 'chmod +x /toolx');
    const after = parser.parse('Dockerfile', typed);
    const edited = after.instructions.findIndex((i) => i.argsText.text.includes('/toolx'));
    expect(edited).toBe(2);
    after.instructions.forEach((instruction, index) => {
      if (index === edited) expect(instruction).not.toBe(before.instructions[index]);
      else expect(instruction, `instruction ${index}`).toBe(before.instructions[index]);
    });
    // Instructions after the edit keep positions, and the stage they now belong to.
    const user = after.instructions.find((i) => i.keyword === 'USER')!;
    expect(user.args[0].range).toEqual({ start: { line: 15, character: 5 }, end: { line: 15, character: 8 } });
    expect(user.stage).toBe(after.stages[1]);
  });

  it('reads the whole file when an edit can reach beyond the instruction', () => {
    const parser = new IncrementalDockerfileParser();
    const before = parser.parse('Dockerfile', sample);
    const continued = sample.replace('USER app', 'USER app \\');
    const after = parser.parse('Dockerfile', continued);
    expect(after.instructions[0]).not.toBe(before.instructions[0]);
    expect(view(after)).toEqual(view(parseDockerfile('Dockerfile', continued)));
  });

  it.skipIf(!existsSync(corpusDockerfiles))('gives what a fresh parse gives after edits of corpus Dockerfiles (corpus present)', () => {
    const files = readdirSync(corpusDockerfiles, { recursive: true, encoding: 'utf8' })
      .map((name) => join(corpusDockerfiles, name))
      .filter((path) => /(Dockerfile|Containerfile)[^/]*$/.test(path) && statSync(path).isFile())
      .sort();
    expect(files.length).toBeGreaterThan(100);
    const every = Math.max(1, Math.floor(files.length / 30));
    for (const path of files.filter((_, i) => i % every === 0)) {
      const next = random(path.length);
      const parser = new IncrementalDockerfileParser();
      let text = readFileSync(path, 'utf8');
      parser.parse(path, text);
      for (let step = 0; step < 20; step++) {
        text = mutate(text, next);
        expect(view(parser.parse(path, text)), `${path}, edit ${step + 1}`).toEqual(view(parseDockerfile(path, text)));
      }
    }
  });
});

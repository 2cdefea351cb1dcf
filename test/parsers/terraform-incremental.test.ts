import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DocumentParser, initParsers } from '../../server/src/parsers';
import { IncrementalTerraformParser, parseTerraform } from '../../server/src/parsers/terraform/parse';
import { editBetween } from '../../server/src/parsers/terraform/tree-sitter';
import type { TerraformFile } from '../../server/src/parsers/terraform/model';

beforeAll(async () => {
  await initParsers();
});

/** The model as data: what a fresh parse and an incremental one must agree on. */
const data = (file: TerraformFile) => JSON.parse(JSON.stringify(file)) as unknown;

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

const insertions = ['x', '\n', '\r\n', '\r', ' ', '"', '}', '{', '# note\n', 'a = 1\n', '${', '=', '\n\n', 'resource "a" "b" {\n}\n', 'é', '😀'];

/** One edit as a user makes them: typing, deleting, changing a string, deleting or duplicating a line. */
function mutate(text: string, next: () => number): string {
  const at = Math.floor(next() * (text.length + 1));
  const choice = next();
  if (choice < 0.25) {
    const lines = text.split('\n');
    const line = Math.floor(next() * lines.length);
    lines[line] = lines[line].replace(/"([^"]*)"/, (_m, content: string) => `"${content}q"`);
    return lines.join('\n');
  }
  if (choice < 0.5) return text.slice(0, at) + insertions[Math.floor(next() * insertions.length)] + text.slice(at);
  if (choice < 0.75) return text.slice(0, at) + text.slice(at + Math.floor(next() * 20));
  const lines = text.split('\n');
  const line = Math.floor(next() * lines.length);
  if (next() < 0.5) lines.splice(line, 1);
  else lines.splice(line, 0, lines[line]);
  return lines.join('\n');
}

const fixtures = readdirSync('test-fixtures/terraform', { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.tf'))
  .map((name) => join('test-fixtures/terraform', name))
  .sort();

describe('editBetween', () => {
  it('finds the one changed span, with rows and columns in UTF-16 code units', () => {
    const edit = editBetween('a = 1\nb = "😀"\n', 'a = 1\nb = "😀x"\nc = 2\n');
    expect([edit.startIndex, edit.oldEndIndex, edit.newEndIndex]).toEqual([13, 14, 21]);
    expect(edit.startPosition).toEqual({ row: 1, column: 7 });
    expect(edit.oldEndPosition).toEqual({ row: 1, column: 8 });
    expect(edit.newEndPosition).toEqual({ row: 2, column: 5 });
  });

  it('does not let prefix and suffix overlap when text repeats', () => {
    const edit = editBetween('aaaa', 'aaaaaa');
    expect(edit.startIndex).toBe(4);
    expect(edit.oldEndIndex).toBe(4);
    expect(edit.newEndIndex).toBe(6);
    const removed = editBetween('abcabc', 'abc');
    expect([removed.startIndex, removed.oldEndIndex, removed.newEndIndex]).toEqual([3, 6, 3]);
  });
});

describe('incremental Terraform parsing', () => {
  it('has fixtures to edit', () => {
    expect(fixtures.length).toBeGreaterThan(5);
  });

  it.each(fixtures)('gives the model of a fresh parse after every edit of %s', (path) => {
    const next = random(path.length * 7919);
    const parser = new IncrementalTerraformParser();
    let text = readFileSync(path, 'utf8');
    expect(data(parser.parse(path, text))).toEqual(data(parseTerraform(path, text)));
    for (let step = 0; step < 60; step++) {
      text = mutate(text, next);
      expect(data(parser.parse(path, text)), `edit ${step + 1}`).toEqual(data(parseTerraform(path, text)));
    }
    parser.dispose();
  });

  it('moves the blocks after an inserted line, and keeps their query methods working', () => {
    const path = join('module', 'main.tf');
    const before = 'resource "a" "one" {\n  x = 1\n}\n\n# about two\nresource "a" "two" {\n  y = "s" # why\n}\n';
    const parser = new IncrementalTerraformParser();
    parser.parse(path, before);
    const after = before.replace('x = 1\n', 'x = 1\n  z = 2\n\n');
    const file = parser.parse(path, after);
    expect(data(file)).toEqual(data(parseTerraform(path, after)));
    const two = file.resources('a').find((b) => b.labels[1]?.value === 'two')!;
    expect(two.attribute('y')?.value.range.start).toEqual({ line: 8, character: 6 });
    expect(file.comments.map((c) => [c.text.trim(), c.range.start.line])).toEqual([
      ['# about two', 6],
      ['# why', 8],
    ]);
  });

  it('reads a broken version in full and picks up again after it is repaired', () => {
    const path = 'main.tf';
    const good = 'resource "a" "b" {\n  c = "d"\n}\n';
    const parser = new IncrementalTerraformParser();
    parser.parse(path, good);
    const broken = parser.parse(path, good.replace('"d"', '"d'));
    expect(broken.problems.length).toBeGreaterThan(0);
    expect(data(broken)).toEqual(data(parseTerraform(path, good.replace('"d"', '"d'))));
    expect(data(parser.parse(path, good))).toEqual(data(parseTerraform(path, good)));
  });

  it('parses JSON configuration in full, and any other kind through the plain parser', () => {
    const parser = new DocumentParser();
    const json = '{"resource": {"a": {"b": {"c": "d"}}}}';
    const file = parser.parse('main.tf.json', json) as TerraformFile;
    expect(file.json).toBe(true);
    expect(file.resources('a')).toHaveLength(1);
    expect(parser.parse('Dockerfile', 'FROM alpine:3.20\n')?.kind).toBe('dockerfile');
    parser.dispose();
  });
});

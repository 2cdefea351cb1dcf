import { beforeAll, describe, expect, it } from 'vitest';
import { applyEdits } from '../../../server/src/engine/edits';
import type { Fix } from '../../../server/src/engine/types';
import { initParsers, parseSource } from '../../../server/src/parsers';
import type { TerraformFile, TfTuple } from '../../../server/src/parsers/terraform/model';
import {
  insertAttribute,
  insertBlock,
  removeAttribute,
  removeListItem,
  renderLiteral,
  replaceValue,
} from '../../../rules/shared/terraform-edits';

const tf = (text: string, path = 'main.tf') => parseSource(path, text) as TerraformFile;
const apply = (file: TerraformFile, fix: Fix | undefined) => {
  expect(fix).toBeDefined();
  return applyEdits(file.text, fix!.edits, file.lines);
};

beforeAll(async () => {
  await initParsers();
});

describe('Terraform edits', () => {
  it('renders literals for both syntaxes, escaping template markers', () => {
    expect(renderLiteral(true)).toBe('true');
    expect(renderLiteral(3)).toBe('3');
    expect(renderLiteral('a"b')).toBe('"a\\"b"');
    expect(renderLiteral('${x} %{y}')).toBe('"$${x} %%{y}"');
  });

  it('inserts an attribute before the closing brace with the block indentation plus two spaces', () => {
    const file = tf('resource "a" "b" {\n  x = 1\n\n  nested {\n    y = 2\n  }\n}\n');
    const nested = file.blocks[0].blocksOf('nested')[0];
    expect(apply(file, insertAttribute(file, nested, 'z', 'v', 't'))).toBe('resource "a" "b" {\n  x = 1\n\n  nested {\n    y = 2\n    z = "v"\n  }\n}\n');
    expect(apply(file, insertAttribute(file, file.blocks[0], 'z', true, 't'))).toBe('resource "a" "b" {\n  x = 1\n\n  nested {\n    y = 2\n  }\n  z = true\n}\n');
  });

  it('keeps CRLF line breaks and tab indentation', () => {
    const file = tf('resource "a" "b" {\r\n\tnested {\r\n\t\ty = 2\r\n\t}\r\n}\r\n');
    const nested = file.blocks[0].blocksOf('nested')[0];
    expect(apply(file, insertAttribute(file, nested, 'z', 1, 't'))).toBe('resource "a" "b" {\r\n\tnested {\r\n\t\ty = 2\r\n\t  z = 1\r\n\t}\r\n}\r\n');
  });

  it('opens one-line blocks, empty or holding one argument', () => {
    const empty = tf('resource "a" "b" {}\n');
    expect(apply(empty, insertAttribute(empty, empty.blocks[0], 'z', 1, 't'))).toBe('resource "a" "b" {\n  z = 1\n}\n');
    const single = tf('resource "a" "b" {\n  n { x = 1 }\n}\n');
    const n = single.blocks[0].blocksOf('n')[0];
    expect(apply(single, insertAttribute(single, n, 'z', 1, 't'))).toBe('resource "a" "b" {\n  n {\n    x = 1\n    z = 1\n  }\n}\n');
    const crlf = tf('resource "a" "b" {}\r\nresource "c" "d" {\r\n}\r\n');
    expect(apply(crlf, insertAttribute(crlf, crlf.blocks[0], 'z', 1, 't'))).toBe('resource "a" "b" {\r\n  z = 1\r\n}\r\nresource "c" "d" {\r\n}\r\n');
  });

  it('offers nothing for a block that is not closed yet', () => {
    const file = tf('resource "a" "b" {\n  x = 1\n');
    expect(file.blocks[0].closeBrace).toBeUndefined();
    expect(insertAttribute(file, file.blocks[0], 'z', 1, 't')).toBeUndefined();
  });

  it('inserts nested blocks', () => {
    const file = tf('resource "a" "b" {\n  x = 1\n}\n');
    expect(apply(file, insertBlock(file, file.blocks[0], 'cfg', [['pool', 'p.svc.id.goog'], ['on', true]], 't'))).toBe(
      'resource "a" "b" {\n  x = 1\n  cfg {\n    pool = "p.svc.id.goog"\n    on = true\n  }\n}\n',
    );
    const json = tf('{"resource": {"a": {"b": {\n  "x": 1\n}}}}\n', 'main.tf.json');
    expect(apply(json, insertBlock(json, json.blocks[0], 'cfg', [['pool', 'p']], 't'))).toBe('{"resource": {"a": {"b": {\n  "x": 1,\n  "cfg": { "pool": "p" }\n}}}}\n');
  });

  it('inserts JSON members after the last member, or into an empty object', () => {
    const inline = tf('{"resource": {"a": {"b": { "x": 1 }}}}', 'main.tf.json');
    expect(apply(inline, insertAttribute(inline, inline.blocks[0], 'z', false, 't'))).toBe('{"resource": {"a": {"b": { "x": 1, "z": false }}}}');
    const empty = tf('{"resource": {"a": {"b": {}}}}', 'main.tf.json');
    expect(apply(empty, insertAttribute(empty, empty.blocks[0], 'z', 'v', 't'))).toBe('{"resource": {"a": {"b": { "z": "v" }}}}');
    const open = tf('{"resource": {"a": {"b": {\r\n  }}}}', 'main.tf.json');
    expect(apply(open, insertAttribute(open, open.blocks[0], 'z', 1, 't'))).toBe('{"resource": {"a": {"b": {\r\n    "z": 1\r\n  }}}}');
    const commented = tf('{"resource": {"a": {"b": { "//": "note" }}}}', 'main.tf.json');
    expect(apply(commented, insertAttribute(commented, commented.blocks[0], 'z', 1, 't'))).toBe('{"resource": {"a": {"b": { "z": 1, "//": "note" }}}}');
  });

  it('replaces a value, quotes included', () => {
    const file = tf('resource "a" "b" {\n  v = "TLS1_0"\n}\n');
    expect(apply(file, replaceValue(file.blocks[0].attribute('v')!.value, 'TLS1_2', 't'))).toBe('resource "a" "b" {\n  v = "TLS1_2"\n}\n');
  });

  it('removes an attribute with its whole line, or just itself inside a one-line block', () => {
    const file = tf('resource "a" "b" {\r\n  x = 1 # why\r\n  y = 2\r\n}\r\n');
    expect(apply(file, removeAttribute(file, file.blocks[0].attribute('x')!, 't'))).toBe('resource "a" "b" {\r\n  y = 2\r\n}\r\n');
    const last = tf('resource "a" "b" {\n  y = 2\n}');
    expect(apply(last, removeAttribute(last, last.blocks[0].attribute('y')!, 't'))).toBe('resource "a" "b" {\n}');
    const oneLine = tf('resource "a" "b" {\n  n { x = 1 }\n}\n');
    const n = oneLine.blocks[0].blocksOf('n')[0];
    expect(apply(oneLine, removeAttribute(oneLine, n.attribute('x')!, 't'))).toBe('resource "a" "b" {\n  n {  }\n}\n');
  });

  it('removes JSON members with their separating comma', () => {
    const file = tf('{"resource": {"a": {"b": { "x": 1, "y": 2, "z": 3 }}}}', 'main.tf.json');
    const block = file.blocks[0];
    expect(apply(file, removeAttribute(file, block.attribute('x')!, 't'))).toBe('{"resource": {"a": {"b": { "y": 2, "z": 3 }}}}');
    expect(apply(file, removeAttribute(file, block.attribute('y')!, 't'))).toBe('{"resource": {"a": {"b": { "x": 1, "z": 3 }}}}');
    expect(apply(file, removeAttribute(file, block.attribute('z')!, 't'))).toBe('{"resource": {"a": {"b": { "x": 1, "y": 2 }}}}');
  });

  it('removes one list item with its separator', () => {
    const file = tf('resource "a" "b" {\n  l = ["a", "b", "c"]\n  m = [\n    "a",\n    "b",\n  ]\n  o = ["x"]\n}\n');
    const list = (name: string) => file.blocks[0].attribute(name)!.value as TfTuple;
    expect(apply(file, removeListItem(list('l'), 0, 't'))).toContain('l = ["b", "c"]');
    expect(apply(file, removeListItem(list('l'), 1, 't'))).toContain('l = ["a", "c"]');
    expect(apply(file, removeListItem(list('l'), 2, 't'))).toContain('l = ["a", "b"]');
    expect(apply(file, removeListItem(list('m'), 0, 't'))).toContain('m = [\n    "b",\n  ]');
    expect(apply(file, removeListItem(list('m'), 1, 't'))).toContain('m = [\n    "a",\n  ]');
    expect(apply(file, removeListItem(list('o'), 0, 't'))).toContain('o = []');
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules';
import { lint } from '../../server/src/engine/lint';
import { LineIndex } from '../../server/src/engine/text';
import { composeYaml, parseKubernetesSlice, type ComposedYaml } from '../../server/src/parsers/kubernetes/parse';
import { KubernetesSliceParser, withPlainScalarEdit } from '../../server/src/parsers/kubernetes/scalar-edit';

const root = join(__dirname, '../..');

/** Everything the composer built, own properties only, ranges and resolved values included. */
function dump(value: unknown): unknown {
  // The merge key's value is a new symbol on each composition.
  if (typeof value === 'symbol') return value.toString();
  if (Array.isArray(value)) return value.map(dump);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, dump((value as Record<string, unknown>)[key])]));
  }
  return value;
}

const composition = (composed: ComposedYaml) =>
  dump({
    comments: composed.comments,
    documents: composed.documents.map((doc) => ({ contents: doc.contents, range: doc.range, errors: doc.errors.map((e) => [e.code, e.pos, e.message]) })),
  });

function patched(before: string, after: string): ComposedYaml | undefined {
  const lines = new LineIndex(before);
  const result = withPlainScalarEdit({ text: before, lines, composed: composeYaml(before, lines) }, after);
  if (result) expect(result.lines.lineStarts, JSON.stringify(after)).toEqual(new LineIndex(after).lineStarts);
  return result?.composed;
}

const samples = [
  ...readdirSync(join(root, 'test-fixtures/kubernetes'))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => readFileSync(join(root, 'test-fixtures/kubernetes', name), 'utf8')),
  'a: {b: c, d: [e, f]}\nanchored: &x value\nalias: *x\nmerged:\n  <<: *x\n  key: 12 # twelve\nfolded: a plain\n  scalar over\n  three lines\n',
  'list:\n  - 0x1F\n  - 1.50\n  - true\n  - ~\n  - "quoted"\n  - \'single\'\nblock: |\n  text\ntagged: !!str 3\nempty:   # nothing\n',
  'kind: Pod\r\nspec:\r\n  containers:\r\n    - name: web\r\n      image: nginx:1.27\r\n',
  'spec:\n  description: ValuesObject specifies Helm values\n    to be passed to helm template, defined as a\n    map. This takes precedence over Values. # note\n  type: object\n',
];
const typed = ['x', '1', '0', '.', ':', ' ', '#', '"', "'", '-', 'rue', 'ull', '~', '<', ',', '[', '}', '&', '*', '!', '|', '%', '@', '\t', 'e3', ':x', ' #', 'x: ', '\n'];

describe('parsing the next version of a slice from the previous one', () => {
  it('gives exactly the fresh composition after a keystroke inside a plain scalar', () => {
    let state = 11;
    const next = (below: number) => (state = (state * 48271) % 2147483647) % below;
    let reused = 0;
    let cases = 0;
    for (const sample of samples) {
      for (let i = 0; i < 150; i++) {
        const at = next(sample.length + 1);
        const after = next(3) === 0 ? sample.slice(0, at) + sample.slice(at + 1) : sample.slice(0, at) + typed[next(typed.length)] + sample.slice(at);
        cases++;
        const result = patched(sample, after);
        if (!result) continue;
        reused++;
        expect(composition(result), JSON.stringify(after)).toEqual(composition(composeYaml(after, new LineIndex(after))));
      }
    }
    // Most random keystrokes land in plain scalars; many of the rest must be refused.
    expect(reused).toBeGreaterThan(cases * 0.2);
    expect(reused).toBeLessThan(cases * 0.9);
  });

  it('refuses edits that change what the lexer reads', () => {
    const before = 'a: value\nb: [one, two]\nc: &x anchored\nd: !!str 3\n<<: {m: 1}\ne:   # comment\nf: "quoted"\n';
    const refused = [
      ['a: val: ue', 'a key inside a value'],
      ['a: val #ue', 'a comment'],
      ['a: value:', 'a key'],
      ['b: [one, t,wo]', 'a flow indicator in flow context'],
      ['c: &x anchoredx', 'an anchored scalar'],
      ['d: !!str 34', 'a tagged scalar'],
      ['<<x: {m: 1}', 'the merge key'],
      ['e: x  # comment', 'an empty value: the comment would become text'],
      ['f: "quotedx"', 'a quoted scalar'],
      ['a: -value', 'an indicator first'],
      ['a: value\n', 'a line break'],
    ];
    for (const [line, why] of refused) {
      const key = line.slice(0, line.indexOf(':') > 0 ? 2 : 3);
      const after = before.replace(new RegExp(`^${key.replace(/[[\]<]/g, '\\$&')}.*$`, 'm'), line);
      expect(after, why).not.toBe(before);
      expect(patched(before, after), why).toBeUndefined();
    }
    expect(patched('f: a\n  b\ng: c\n', 'f: a b\ng: c\n'), 'a folded scalar joined on one line').toBeUndefined();
    expect(patched('f: a\n  bc\ng: c\n', 'f: a\n bc\ng: c\n'), 'the indentation of a continuation line').toBeUndefined();
    expect(patched('f: a\n  bc\ng: c\n', 'f: a\n  #bc\ng: c\n'), 'a comment starting a continuation line').toBeUndefined();
    expect(patched('f: a\n  bc\ng: c\n', 'f: a\n  bxc\ng: c\n'), 'a character inside a continuation line').toBeDefined();
    expect(patched(before, before.replace('value', 'valuex'))).toBeDefined();
    expect(patched(before, before.replace('one', 'onex'))).toBeDefined();
  });

  it('lints every version of an edited slice as a fresh parse does, reusing the ones it can', () => {
    const parser = new KubernetesSliceParser();
    const options = { manifest: true, eol: '\n', indentUnit: 2 } as const;
    let text = readFileSync(join(root, 'test-fixtures/kubernetes/multi-document-app.yaml'), 'utf8');
    const edits: [string, string][] = [
      ['image: docker.io/requarks/wiki:2.5', 'image: docker.io/requarks/wiki:latest'],
      ['image: docker.io/requarks/wiki:latest', 'image: docker.io/requarks/wiki@sha256:abc'],
      ['readOnlyRootFilesystem: false', 'readOnlyRootFilesystem: true'],
      ['hostPID: true', 'hostPID: false'],
      ['hostPID: false', 'hostPIDx: false'],
      ['name: shell', 'name: "shell"'],
    ];
    for (const [from, to] of edits) {
      expect(text).toContain(from);
      text = text.replace(from, to);
      const reusing = parser.parse('app.yaml', text, options);
      const fresh = parseKubernetesSlice('app.yaml', text, options);
      expect(JSON.parse(JSON.stringify(lint(reusing!.file, rules))), to).toEqual(JSON.parse(JSON.stringify(lint(fresh!.file, rules))));
      expect(reusing!.file.comments).toEqual(fresh!.file.comments);
    }
  });
});

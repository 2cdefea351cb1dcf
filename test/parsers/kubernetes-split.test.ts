import { describe, expect, it } from 'vitest';
import { Parser } from 'yaml';
import { LineIndex, usualLineBreak } from '../../server/src/engine/text';
import { parseKubernetesSlice } from '../../server/src/parsers/kubernetes/parse';
import { describeSlice, sliceLookahead, splitYamlDocuments } from '../../server/src/parsers/kubernetes/split';

const texts = (text: string) => splitYamlDocuments(text)?.map((slice) => slice.text);

/** Offsets where the `yaml` library starts a document (its CST document tokens). */
function documentStarts(text: string): number[] {
  return Array.from(new Parser().parse(text))
    .filter((token) => token.type === 'document')
    .map((token) => (token as { offset: number }).offset);
}

describe('splitting a YAML stream into documents', () => {
  it('cuts before every --- line followed by a space, a tab, a line break or the end', () => {
    expect(texts('a: 1\n---\nb: 2\n--- # c\nc: 3\n---\t\nd\n---\r\ne\n---')).toEqual([
      'a: 1\n',
      '---\nb: 2\n',
      '--- # c\nc: 3\n',
      '---\t\nd\n',
      '---\r\ne\n',
      '---',
    ]);
  });

  it('keeps lines that only look like markers inside their document', () => {
    expect(texts('a: 1\n---x: 2\n  ---\n----\n... \nb\n\uFEFF---\nc\n')).toEqual(['a: 1\n---x: 2\n  ---\n----\n... \nb\n\uFEFF---\nc\n']);
  });

  it('starts with the first marker when the text does, and gives offsets into the whole text', () => {
    const text = '---\na: 1\n---\nb: 2\n';
    expect(splitYamlDocuments(text)).toEqual([
      { text: '---\na: 1\n', offset: 0 },
      { text: '---\nb: 2\n', offset: 9 },
    ]);
  });

  it('refuses a text with a line starting with %: a directive belongs to the document after it', () => {
    expect(splitYamlDocuments('%YAML 1.2\n---\na: 1\n')).toBeUndefined();
    expect(splitYamlDocuments('\uFEFF%YAML 1.2\n---\na: 1\n')).toBeUndefined();
    expect(splitYamlDocuments('a: 1\n...\n%TAG ! tag:x,2024:\n---\nb: 2\n')).toBeUndefined();
    expect(splitYamlDocuments('a: 1\n---\nb: "%x"\n')).toHaveLength(2);
  });

  it('cuts only where the yaml library starts a document, whatever is open before the marker', () => {
    const cases = [
      'a: |\n  text\n---\nb: 2\n',
      '--- |\nroot block scalar\n---\nb: 2\n',
      'a: "open\n---\nb": 2\n',
      "a: 'open\n---\nb: '\n",
      'a: [1,\n---\nb: 2\n',
      'a: {x: 1,\n---\nb: 2\n',
      'a: plain\n  continued\n---\n  b\n',
      '? key\n---\n: value\n',
      'a: 1\n... # end\n---\nb: 2\n',
      'a: 1\r\n---\r\nb: 2\r\n',
    ];
    for (const text of cases) {
      const cuts = splitYamlDocuments(text)!.map((slice) => slice.offset).filter((offset) => offset > 0);
      expect(cuts.length, text).toBeGreaterThan(0);
      for (const cut of cuts) expect(documentStarts(text), JSON.stringify(text)).toContain(cut);
    }
  });
});

describe('slice facts', () => {
  it('count line breaks and CRLF as LineIndex does, lone carriage returns included', () => {
    const pieces = ['a', '\n', '\r\n', '\r', ' ', '\r\r', '\n\r'];
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let i = 0; i < 300; i++) {
      const text = Array.from({ length: next() % 12 }, () => pieces[next() % pieces.length]).join('');
      const lines = new LineIndex(text);
      const facts = describeSlice(text);
      expect(facts.lineBreaks, JSON.stringify(text)).toBe(lines.lineCount - 1);
      expect(usualLineBreak(facts.lineBreaks, facts.crlfBreaks, facts.crBreaks), JSON.stringify(text)).toBe(lines.eol);
      expect(facts.crlfBreaks, JSON.stringify(text)).toBe(text.split('\r\n').length - 1);
    }
  });

  it('find the quotes that close a scalar opened before the slice, as the lexer scans for them', () => {
    expect(describeSlice('a: "x"\n')).toMatchObject({ closesDouble: true, closesSingle: false });
    expect(describeSlice('a: \\"x\n')).toMatchObject({ closesDouble: false });
    expect(describeSlice('a: \\\\"x\n')).toMatchObject({ closesDouble: true });
    // '' is an escaped quote inside a single-quoted scalar: it closes nothing.
    expect(describeSlice("a: ''\n")).toMatchObject({ closesSingle: false });
    expect(describeSlice("a: '''\n")).toMatchObject({ closesSingle: true });
  });

  it('tell a manifest and a Helm template apart', () => {
    expect(describeSlice('- apiVersion: v1\n  kind: Pod\n')).toMatchObject({ apiVersionKey: true, kindKey: true, templateBraces: false });
    expect(describeSlice('data:\n  apiVersion: v1\nx: "{{ .Values }}"\n')).toMatchObject({ apiVersionKey: true, kindKey: false, templateBraces: true });
  });
});

describe('parsing one slice', () => {
  const style = { manifest: true, eol: '\n', indentUnit: 2 } as const;
  const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n';

  it('ends a scalar left open at the next marker, as in the whole stream', () => {
    const slice = `${pod}  labels: {a: "open\n`;
    const parsed = parseKubernetesSlice('x.yaml', slice + sliceLookahead({ closesDouble: true, closesSingle: false }), { ...style, end: slice.length });
    expect(parsed?.invalid).toBe(true);
    expect(parsed?.file.problems[0]).toMatchObject({ code: 'syntax', range: { start: { line: 4 } } });
  });

  it('refuses a slice whose open quote would run into the next documents', () => {
    const slice = `${pod}  labels: {a: "open\n`;
    expect(parseKubernetesSlice('x.yaml', slice + sliceLookahead({ closesDouble: false, closesSingle: true }), { ...style, end: slice.length })).toBeUndefined();
  });

  it('refuses a slice whose first document cannot start: the library blames the document before it', () => {
    expect(parseKubernetesSlice('x.yaml', `---\n}${pod}`, style)).toBeUndefined();
    expect(parseKubernetesSlice('x.yaml', `---\n${pod}`, style)?.file.objects).toHaveLength(1);
  });

  it('refuses Helm template expressions, which are judged on the whole file', () => {
    expect(parseKubernetesSlice('x.yaml', `---\n${pod}  namespace: {{ .Release.Namespace }}\n`, style)).toBeUndefined();
  });

  it('reports syntax errors only with the whole file\'s manifest verdict', () => {
    const broken = '---\nfoo: [\n';
    expect(parseKubernetesSlice('x.yaml', broken, style)?.file.problems).toHaveLength(1);
    const quiet = parseKubernetesSlice('x.yaml', broken, { ...style, manifest: false });
    expect(quiet?.file.problems).toEqual([]);
    expect(quiet?.invalid).toBe(true);
  });
});

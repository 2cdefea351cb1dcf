import { beforeAll, describe, expect, it } from 'vitest';
import { initParsers, parseSource, parseSourceChecked } from '../../server/src/parsers';
import type { TerraformFile, TfValue } from '../../server/src/parsers/terraform/model';
import { HclSyntaxChecker, checkHclSyntax } from '../../server/src/parsers/terraform/hcl-syntax';
import { graphemeStarts, hclErrorToProblems, hclPositionToOffset } from '../../server/src/parsers/terraform/hcl-diagnostics';
import { LineIndex, type Range } from '../../server/src/engine/text';

const tf = (text: string, path = 'main.tf') => parseSource(path, text) as TerraformFile;
/** 1-based "line:col-line:col", as an editor shows ranges. */
const at = (r: Range) => `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
const literal = (v: TfValue | undefined) => (v && 'value' in v ? v.value : v?.kind);

beforeAll(async () => {
  await initParsers();
});

describe('Terraform model', () => {
  it('reads blocks, labels, attributes and nested blocks with exact ranges', () => {
    const file = tf('resource "aws_security_group" "web" {\n  name = "web"\n  ingress {\n    from_port = 22\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n');
    const [sg] = file.resources('aws_security_group');
    expect(sg.labels.map((l) => l.value)).toEqual(['aws_security_group', 'web']);
    expect(at(sg.headerRange)).toBe('1:1-1:36');
    expect(at(sg.range)).toBe('1:1-7:2');
    expect(at(sg.attribute('name')!.value.range)).toBe('2:10-2:15');
    const ingress = sg.blocksOf('ingress')[0];
    expect(literal(ingress.attribute('from_port')!.value)).toBe(22);
    const cidrs = ingress.attribute('cidr_blocks')!.value;
    expect(cidrs.kind).toBe('tuple');
    if (cidrs.kind === 'tuple') expect(at(cidrs.items[0].range)).toBe('5:20-5:31');
    expect(sg.closeBrace && at(sg.closeBrace)).toBe('7:1-7:2');
  });

  it('decodes literals and keeps everything else as expressions with references', () => {
    const file = tf('locals {\n  a = "x\\"y"\n  b = -1.5\n  c = true\n  d = null\n  e = "${var.x}-y"\n  f = aws_vpc.main.id\n  g = upper("x")\n  h = { "k" = 1, j = "v" }\n}\n');
    const get = (name: string) => file.blocks[0].attribute(name)!.value;
    expect(literal(get('a'))).toBe('x"y');
    expect(literal(get('b'))).toBe(-1.5);
    expect(literal(get('c'))).toBe(true);
    expect(get('d').kind).toBe('null');
    expect(get('e')).toMatchObject({ kind: 'expression', references: ['var.x'] });
    expect(get('f')).toMatchObject({ kind: 'expression', references: ['aws_vpc.main.id'] });
    expect(get('g').kind).toBe('expression');
    const h = get('h');
    expect(h.kind === 'object' && h.entries.map((e) => [e.key, literal(e.value)])).toEqual([['k', 1], ['j', 'v']]);
  });

  it('reads heredocs, stripping the indentation of <<- forms', () => {
    const file = tf('x = <<-EOT\n    a\n      b\n    EOT\ny = <<EOT\n${var.z}\nEOT\n', 'terraform.tfvars');
    expect(literal(file.attributes[0].value)).toBe('a\n  b\n');
    expect(file.attributes[1].value.kind).toBe('expression');
    expect(file.variablesFile).toBe(true);
  });

  it('counts columns in UTF-16 code units after non-ASCII text and emoji, with tabs and CRLF', () => {
    const file = tf('resource "x" "y" {\r\n\ttags = { n = "é😀" }\r\n\tsize = 10\r\n}\r\n');
    const block = file.blocks[0];
    expect(at(block.attribute('tags')!.value.range)).toBe('2:9-2:22');
    expect(at(block.attribute('size')!.value.range)).toBe('3:9-3:11');
  });

  it('knows dynamic blocks and keeps comments for suppressions', () => {
    const file = tf('# shiftguard-ignore TF-001\nresource "aws_security_group" "a" {\n  dynamic "ingress" {\n    for_each = var.rules\n    content {}\n  }\n}\n');
    const sg = file.resources()[0];
    expect(sg.hasDynamic('ingress')).toBe(true);
    expect(sg.blocksOf('ingress')).toEqual([]);
    expect(file.comments.map((c) => c.text)).toEqual(['# shiftguard-ignore TF-001']);
    expect(file.suppressionScopes.map(at)).toEqual(['2:1-7:2']);
  });

  it('keeps the blocks around an error in a half-typed file', () => {
    const file = tf('resource "aws_ebs_volume" "a" {\n  encrypted = false\n}\nresource "aws_instance" "b" {\n  ami = \n');
    expect(file.resources('aws_ebs_volume')[0].attribute('encrypted')).toBeDefined();
    expect(file.problems.length).toBeGreaterThan(0);
    expect(file.problems.every((p) => p.code === 'syntax')).toBe(true);
  });

  it('reads the JSON syntax into the same model', () => {
    const file = tf('{\n  "resource": {\n    "aws_ebs_volume": {\n      "data": { "size": 10, "encrypted": false, "tags": { "a": "${var.x}" } }\n    }\n  }\n}\n', 'main.tf.json');
    const [volume] = file.resources('aws_ebs_volume');
    expect(volume.labels.map((l) => l.value)).toEqual(['aws_ebs_volume', 'data']);
    expect(literal(volume.attribute('encrypted')!.value)).toBe(false);
    expect(at(volume.attribute('encrypted')!.value.range)).toBe('4:42-4:47');
    expect(volume.blocksOf('tags')[0].attribute('a')!.value.kind).toBe('expression');
  });

  it('reports JSON syntax errors at their position', () => {
    const file = tf('{\n  "resource": {,}\n}\n', 'main.tf.json');
    expect(file.problems.map((p) => [p.code, at(p.range)])).toEqual([['syntax', '2:16-2:17']]);
  });
});

describe('authoritative HCL syntax check', () => {
  it('converts grapheme-cluster columns to UTF-16', () => {
    const lines = new LineIndex('b = "é😀" é = 1\n');
    expect(hclPositionToOffset(lines, 1, 10)).toBe(10);
  });

  it('segments long lines in pieces exactly as in one go', () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const whole = (text: string) => Array.from(segmenter.segment(text), (s) => s.index);
    // Clusters that span code points: flags, ZWJ sequences, combining marks, CRLF, skin tones.
    const parts = ['a', 'é', 'e\u0301', '🇩🇪', '👩‍👩‍👧', '👍🏽', '\r\n', ' ', '\u0301'.repeat(7), '"', '😀', '\uD800', '\uDC00', '\u094D', '\u0915'];
    let seed = 3;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let round = 0; round < 40; round++) {
      const text = Array.from({ length: 1_500 }, () => parts[next() % parts.length]).join('');
      expect(graphemeStarts(text)).toEqual(whole(text));
    }
    // One cluster longer than a piece.
    const marks = `x${'\u0301'.repeat(5_000)}y`;
    expect(graphemeStarts(marks)).toEqual([0, 5_001]);
  });

  it('maps errors on a 200,000-character line in linear time', () => {
    const text = `a = "${'x'.repeat(200_000)}"\n`;
    const started = performance.now();
    const message = Array.from({ length: 20 }, (_, i) => `input.tf:1,${10_000 * (i + 1)}-${10_000 * (i + 1) + 1}: Invalid character; Detail.`).join(' ');
    const problems = hclErrorToProblems(`parse config: [${message}]`, 'input.tf', new LineIndex(text));
    expect(problems.map((p) => p.range.start.character)).toEqual(Array.from({ length: 20 }, (_, i) => 10_000 * (i + 1) - 1));
    // Iterating one segmenter over the line took a second or more per error.
    expect(performance.now() - started).toBeLessThan(5_000);
  }, 30_000);

  it('accepts valid files and reports errors with positions and messages', async () => {
    const ok = await parseSourceChecked('main.tf', 'variable "x" {\n  default = 1\n}\n');
    expect(ok!.problems).toEqual([]);
    const bad = await parseSourceChecked('main.tf', 'resource "a" "b" {\n  tags = "é😀" x = 1\n}\n');
    expect(bad!.problems.map((p) => [at(p.range), p.message])).toEqual([
      ['2:16-2:17', 'Missing newline after argument: An argument definition must end with a newline.'],
    ]);
  });

  it('reports every error HashiCorp parser finds, narrowed to one line', async () => {
    const file = await parseSourceChecked('vars.tfvars', 'a = "abc\nb = 1\n');
    expect(file!.problems.map((p) => at(p.range))).toEqual(['1:9-1:9', '2:6-2:6', '1:9-1:9']);
    expect(file!.problems[0].message).toMatch(/^Invalid multi-line string/);
  });

  it('gives no verdict instead of hanging when the worker overruns, and recovers', async () => {
    const checker = new HclSyntaxChecker(() => 1, 0);
    const lines = new LineIndex('x = 1\n');
    expect(await checkHclSyntax('main.tf', 'x = 1\n', lines, checker)).toBeUndefined();
    const patient = new HclSyntaxChecker();
    expect(await checkHclSyntax('main.tf', 'x = 1\n', lines, patient)).toEqual([]);
    await checker.dispose();
    await patient.dispose();
  });

  it('drops a waiting check when a newer text of the same file arrives, and keeps other files', async () => {
    const checker = new HclSyntaxChecker();
    const serving = checker.check('input.tf', 'a = 1\n', 'other.tf');
    const older = checker.check('input.tf', 'b = \n', 'main.tf');
    const unrelated = checker.check('input.tf', 'c = 3\n', 'third.tf');
    const newer = checker.check('input.tf', 'b = 2\n', 'main.tf');
    expect(await older).toBeUndefined();
    expect(await Promise.all([serving, unrelated, newer])).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    await checker.dispose();
  });
});

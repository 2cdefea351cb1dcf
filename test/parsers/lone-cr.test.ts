import { beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../../rules';
import { applyEdits } from '../../server/src/engine/edits';
import { lint } from '../../server/src/engine/lint';
import { DocumentParser, initParsers, parseSource, parseSourceChecked, type ParsedFile } from '../../server/src/parsers';

beforeAll(async () => {
  await initParsers();
});

const toCr = (text: string) => text.replace(/\r?\n/g, '\r');
const where = (file: ParsedFile) =>
  file.problems.map((p) => `${p.code} ${p.range.start.line + 1}:${p.range.start.character + 1}-${p.range.end.line + 1}:${p.range.end.character + 1}`);
const findings = (file: ParsedFile) =>
  lint(file, rules, {}).map((f) => `${f.ruleId} ${f.range.start.line + 1}:${f.range.start.character + 1}-${f.range.end.line + 1}:${f.range.end.character + 1}`);

/** Line breaks of classic Mac OS (a lone CR) are line breaks for editors and the LSP, and so here. */
describe('lone-CR line breaks', () => {
  const brokenHcl = 'resource "aws_ebs_volume" "v" {\n  size = 8\n  encrypted = false\n}\n\nlocals {\n  a = \n  b = [1,\n}\n';

  it('HashiCorp\'s parser places HCL syntax errors on the lines an editor shows', async () => {
    const lf = (await parseSourceChecked('/m/main.tf', brokenHcl))!;
    const cr = (await parseSourceChecked('/m/main.tf', toCr(brokenHcl)))!;
    expect(where(lf)).not.toEqual([]);
    expect(where(lf).every((p) => !p.startsWith('syntax 2:1'))).toBe(true);
    expect(where(cr)).toEqual(where(lf));
  }, 60_000);

  it('tree-sitter reads the same model from a CR file as from an LF file', () => {
    const text = 'resource "aws_ebs_volume" "v" {\n  size      = 8\n  encrypted = false\n  tags = {\n    a = <<EOT\n  x\n  y\nEOT\n  }\n}\n';
    const lf = parseSource('/m/main.tf', text)!;
    const cr = parseSource('/m/main.tf', toCr(text))!;
    expect(where(cr)).toEqual([]);
    expect(findings(cr)).toEqual(findings(lf));
    expect(findings(cr)).toContain('TF-004 3:15-3:20');
    // The model keeps the file's own text, for fixes; a heredoc's value has LF breaks, as Terraform reads it.
    expect(cr.text).toBe(toCr(text));
    const block = (cr.kind === 'terraform' ? cr.blocks : [])[0];
    expect(JSON.stringify(block)).toContain('"value":"  x\\n  y\\n"');
  });

  it('the incremental parser of an open document agrees with a fresh parse', () => {
    const text = toCr('resource "aws_ebs_volume" "v" {\n  size = 8\n  encrypted = false\n}\n');
    const parser = new DocumentParser();
    parser.parse('/m/main.tf', text);
    const edited = text.replace('size = 8', 'size = 16\r  type = "gp3"');
    expect(JSON.parse(JSON.stringify(parser.parse('/m/main.tf', edited)))).toEqual(JSON.parse(JSON.stringify(parseSource('/m/main.tf', edited))));
    parser.dispose();
  });

  const manifest = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n      args: |\n        a\n        b\n      securityContext:\n        privileged: true\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: q\nspec:\n  hostNetwork: true\n  containers: []\n';

  it('a manifest with CR breaks parses, and its findings stand where they do with LF', () => {
    const lf = parseSource('/m/pod.yaml', manifest)!;
    const cr = parseSource('/m/pod.yaml', toCr(manifest))!;
    expect(where(cr)).toEqual([]);
    expect(findings(cr)).toEqual(findings(lf));
    expect(findings(cr)).toContain('K8S-001 13:21-13:25');
  });

  it('suggested YAML edits insert lines with the file\'s CR breaks', () => {
    const cr = parseSource('/m/pod.yaml', toCr(manifest))!;
    const edited = lint(cr, rules, {}).flatMap((f) => f.suggestions).map((s) => applyEdits(cr.text, s.edits, cr.lines));
    expect(edited.length).toBeGreaterThan(0);
    for (const output of edited) {
      expect(output.includes('\n'), output).toBe(false);
      expect(where(parseSource('/m/pod.yaml', output)!)).toEqual([]);
    }
  });
});

import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicRule } from '../helpers/terraform-rules';
import { makeTree, runCli } from '../helpers/cli';

async function lintJson(cwd: string, args: string[] = []) {
  const run = await runCli(['lint', '.', '--format', 'json', ...args], { cwd, rules: [publicRule] });
  const files = JSON.parse(run.stdout).files as { path: string; findings: { ruleId: string; severity: string; message: string; range: { start: { line: number; column: number } }; related: { path?: string; range: { start: { line: number } } }[] }[] }[];
  return { run, byPath: new Map(files.map((f) => [f.path, f.findings])) };
}

describe('Terraform modules in the CLI', () => {
  it('evaluates variables declared in another file of the directory and names the default', async () => {
    const cwd = makeTree({
      'infra/main.tf': 'resource "demo_thing" "a" {\n  public = var.public\n}\n',
      'infra/variables.tf': 'variable "public" {\n  default = true\n}\n',
    });
    const { byPath } = await lintJson(cwd);
    const [finding] = byPath.get('infra/main.tf')!;
    expect(finding.range.start).toEqual({ line: 2, column: 12 });
    expect(finding.related).toEqual([expect.objectContaining({ path: 'infra/variables.tf', range: expect.objectContaining({ start: { line: 2, column: 13 } }) })]);
  });

  it('reads a sibling saved as UTF-16 with a byte order mark, as it reads the checked file', async () => {
    const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const cwd = makeTree({
      'infra/main.tf': 'resource "demo_thing" "a" {\n  public = var.public\n}\n',
      'infra/variables.tf': utf16('variable "public" {\n  default = true\n}\n'),
    });
    const [finding] = (await lintJson(cwd)).byPath.get('infra/main.tf')!;
    expect(finding.related).toEqual([expect.objectContaining({ path: 'infra/variables.tf', range: expect.objectContaining({ start: { line: 2, column: 13 } }) })]);
  });

  it('applies terraform.tfvars, then --var-file, over the default', async () => {
    const cwd = makeTree({
      'infra/main.tf': 'resource "demo_thing" "a" {\n  public = var.public\n}\n',
      'infra/variables.tf': 'variable "public" {\n  default = true\n}\n',
      'infra/terraform.tfvars': 'public = false\n',
      'prod.tfvars': 'public = true\n',
    });
    expect((await lintJson(cwd)).byPath.get('infra/main.tf')).toEqual([]);
    expect((await lintJson(cwd, ['--var-file', 'prod.tfvars'])).byPath.get('infra/main.tf')).toHaveLength(1);
    const missing = await runCli(['lint', '.', '--var-file', 'nope.tfvars'], { cwd, rules: [publicRule] });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.tfvars');
  });

  it('follows a local module and reports the insecure input in the caller', async () => {
    const cwd = makeTree({
      'live/main.tf':
        'module "thing" {\n  source = "../modules/thing"\n  public = true\n}\n' +
        'module "safe" {\n  source = "../modules/thing"\n  public = false\n}\n' +
        'module "remote" {\n  source = "terraform-aws-modules/vpc/aws"\n}\n',
      'modules/thing/main.tf': 'variable "public" {\n  default = false\n}\nresource "demo_thing" "t" {\n  public = var.public\n}\n',
    });
    const { byPath } = await lintJson(cwd);
    const live = byPath.get('live/main.tf')!;
    expect(live.map((f) => [f.ruleId, f.range.start.line, f.message])).toEqual([
      ['TF-900', 3, 'In module "thing" (../modules/thing): This demo thing is public.'],
      ['unsupported', 10, 'Module "remote" comes from "terraform-aws-modules/vpc/aws", which is not a local path: it was not analysed.'],
    ]);
    expect(live[0].related[0]).toMatchObject({ path: 'modules/thing/main.tf', range: { start: { line: 5 } } });
    expect(byPath.get('modules/thing/main.tf')).toEqual([]);
  });

  it('follows each instance of a counted module call, and reports an input once', async () => {
    const cwd = makeTree({
      'live/main.tf':
        'module "counted" {\n  source = "../modules/thing"\n  count  = 3\n  public = count.index > 0\n}\n' +
        'module "each" {\n  source   = "../modules/thing"\n  for_each = toset(["a", "b"])\n  public   = true\n}\n' +
        'module "first" {\n  source = "../modules/thing"\n  count  = 2\n  public = count.index < 0\n}\n',
      'modules/thing/main.tf': 'variable "public" {\n  default = false\n}\nresource "demo_thing" "t" {\n  public = var.public\n}\n',
    });
    const live = (await lintJson(cwd)).byPath.get('live/main.tf')!;
    expect(live.map((f) => [f.ruleId, f.range.start.line, f.range.start.column, f.message])).toEqual([
      ['TF-900', 4, 12, 'In module "counted" (../modules/thing): This demo thing is public.'],
      ['TF-900', 9, 14, 'In module "each" (../modules/thing): This demo thing is public.'],
    ]);
  });

  it('reports a value passed through several modules where it was written, naming every hop', async () => {
    const cwd = makeTree({
      'live/main.tf':
        'module "a" {\n  source = "../modules/a"\n  public = true\n}\n' +
        'module "quiet" {\n  source = "../modules/a"\n  public = false\n}\n' +
        'module "viadefault" {\n  source = "../modules/a"\n  public = var.open\n}\n',
      'live/variables.tf': 'variable "open" {\n  default = true\n}\n',
      'modules/a/main.tf':
        'variable "public" {}\n' +
        'module "b" {\n  source = "../b"\n  public = var.public\n}\n' +
        'module "own" {\n  source = "../b"\n  public = true\n}\n',
      'modules/b/main.tf': 'variable "public" {\n  default = false\n}\nmodule "c" {\n  source = "../c"\n  public = var.public\n}\n',
      'modules/c/main.tf': 'variable "public" {\n  default = false\n}\nresource "demo_thing" "t" {\n  public = var.public\n}\n',
    });
    const { byPath } = await lintJson(cwd);
    const chain = 'In module "b" (../b): In module "c" (../c): This demo thing is public.';
    const live = byPath.get('live/main.tf')!;
    expect(live.map((f) => [f.ruleId, f.range.start.line, f.range.start.column, f.message])).toEqual([
      ['TF-900', 3, 12, `In module "a" (../modules/a): ${chain}`],
      ['TF-900', 11, 12, `In module "viadefault" (../modules/a): ${chain}`],
    ]);
    const hops = (f: (typeof live)[number]) => f.related.map((r) => [r.path, r.range.start.line]);
    expect(hops(live[0])).toEqual([['modules/a/main.tf', 4], ['modules/b/main.tf', 6], ['modules/c/main.tf', 5]]);
    expect(hops(live[1])).toEqual([['live/variables.tf', 2], ['modules/a/main.tf', 4], ['modules/b/main.tf', 6], ['modules/c/main.tf', 5]]);
    // Written in module a itself: reported there, at the value, and not in the callers of a.
    expect(byPath.get('modules/a/main.tf')!.map((f) => [f.range.start.line, f.range.start.column, f.message])).toEqual([[8, 12, `In module "own" (../b): ${chain.slice(22)}`]]);
    expect(byPath.get('modules/b/main.tf')).toEqual([]);
    expect(byPath.get('modules/c/main.tf')).toEqual([]);
  });

  it('follows registry and git modules that terraform init installed, without linting .terraform as project files', async () => {
    const thing = 'variable "public" {\n  default = false\n}\nresource "demo_thing" "t" {\n  public = var.public\n}\n';
    const manifest = {
      Modules: [
        { Key: '', Source: '', Dir: '.' },
        { Key: 'vpc', Source: 'registry.terraform.io/terraform-aws-modules/vpc/aws', Version: '5.0.0', Dir: '.terraform/modules/vpc' },
        { Key: 'vpc.inner', Source: 'registry.terraform.io/acme/inner/aws', Version: '1.0.0', Dir: '.terraform/modules/vpc.inner' },
        { Key: 'git', Source: 'git::https://example.com/thing.git?ref=v1', Dir: '.terraform/modules/git' },
        { Key: 'escape', Source: 'registry.terraform.io/acme/escape/aws', Dir: '../elsewhere' },
      ],
    };
    const cwd = makeTree({
      'live/main.tf':
        'module "vpc" {\n  source       = "terraform-aws-modules/vpc/aws"\n  version      = "5.0.0"\n  public       = false\n  inner_public = true\n}\n' +
        'module "git" {\n  source = "git::https://example.com/thing.git?ref=v1"\n  public = var.open\n}\n' +
        'module "escape" {\n  source = "acme/escape/aws"\n  public = true\n}\n' +
        'module "later" {\n  source = "acme/later/aws"\n}\n',
      'live/variables.tf': 'variable "open" {\n  default = true\n}\n',
      'live/.terraform/modules/modules.json': JSON.stringify(manifest),
      'live/.terraform/modules/vpc/main.tf':
        'variable "public" {}\nvariable "inner_public" {}\n' +
        'resource "demo_thing" "own" {\n  public = true\n}\n' +
        'module "inner" {\n  source  = "acme/inner/aws"\n  version = "1.0.0"\n  public  = var.inner_public\n}\n',
      'live/.terraform/modules/vpc.inner/main.tf': thing,
      'live/.terraform/modules/git/main.tf': thing,
      'elsewhere/main.tf': thing,
    });
    const { byPath } = await lintJson(cwd);
    const live = byPath.get('live/main.tf')!;
    expect(live.map((f) => [f.ruleId, f.range.start.line, f.range.start.column, f.message])).toEqual([
      ['TF-900', 5, 18, 'In module "vpc" (terraform-aws-modules/vpc/aws): In module "inner" (acme/inner/aws): This demo thing is public.'],
      ['TF-900', 9, 12, 'In module "git" (git::https://example.com/thing.git?ref=v1): This demo thing is public.'],
      ['unsupported', 12, 12, 'Module "escape" comes from "acme/escape/aws", installed in "../elsewhere", which is not below the root module: it was not analysed.'],
      [
        'unsupported',
        16,
        12,
        'Module "later" comes from "acme/later/aws", which .terraform/modules/modules.json does not list (terraform init has not run since the call was added): it was not analysed.',
      ],
    ]);
    const places = (f: (typeof live)[number]) => f.related.map((r) => [r.path, r.range.start.line]);
    expect(places(live[0])).toEqual([['live/.terraform/modules/vpc/main.tf', 9], ['live/.terraform/modules/vpc.inner/main.tf', 5]]);
    expect(places(live[1])).toEqual([['live/variables.tf', 2], ['live/.terraform/modules/git/main.tf', 5]]);
    // The installed modules are read as modules only: the resource written insecure in one is not the project's.
    expect([...byPath.keys()].filter((path) => path.includes('.terraform'))).toEqual([]);
  });

  it('notes a malformed modules.json at each remote call and leaves the call alone', async () => {
    const cwd = makeTree({
      'live/main.tf': 'module "vpc" {\n  source = "terraform-aws-modules/vpc/aws"\n  public = true\n}\nmodule "local" {\n  source = "../thing"\n  public = true\n}\n',
      'live/.terraform/modules/modules.json': '{"Modules": [',
      'thing/main.tf': 'variable "public" {}\nresource "demo_thing" "t" {\n  public = var.public\n}\n',
    });
    const { run, byPath } = await lintJson(cwd);
    const live = byPath.get('live/main.tf')!;
    expect(live.map((f) => [f.ruleId, f.severity, f.range.start.line, f.range.start.column])).toEqual([
      ['unsupported', 'info', 2, 12],
      ['TF-900', 'high', 7, 12],
    ]);
    expect(live[0].message).toMatch(/^Module "vpc" comes from "terraform-aws-modules\/vpc\/aws", and \.terraform\/modules\/modules\.json cannot be used \(not valid JSON: .+\): it was not analysed\.$/);
    expect(run.code).toBe(1);
    const wrongShape = makeTree({
      'live/main.tf': 'module "vpc" {\n  source = "terraform-aws-modules/vpc/aws"\n}\n',
      'live/.terraform/modules/modules.json': '{"Modules": [{"Key": "vpc", "Dir": 3}]}',
    });
    expect((await lintJson(wrongShape)).byPath.get('live/main.tf')!.map((f) => f.message)).toEqual([
      'Module "vpc" comes from "terraform-aws-modules/vpc/aws", and .terraform/modules/modules.json cannot be used (entry 1 has no "Key" and "Dir" strings): it was not analysed.',
    ]);
  });

  it('does not follow an installed module whose directory is a link out of the checked tree', async () => {
    const outside = makeTree({ 'vpc/main.tf': 'variable "public" {}\nresource "demo_thing" "t" {\n  public = var.public\n}\n' });
    const cwd = makeTree({
      'live/main.tf': 'module "vpc" {\n  source = "terraform-aws-modules/vpc/aws"\n  public = true\n}\n',
      'live/.terraform/modules/modules.json': JSON.stringify({ Modules: [{ Key: 'vpc', Source: 'registry.terraform.io/terraform-aws-modules/vpc/aws', Dir: '.terraform/modules/vpc' }] }),
    });
    symlinkSync(join(outside, 'vpc'), join(cwd, 'live', '.terraform', 'modules', 'vpc'));
    expect((await lintJson(cwd)).byPath.get('live/main.tf')!.map((f) => [f.ruleId, f.range.start.line, f.message])).toEqual([
      ['unsupported', 2, 'Module "vpc" comes from "terraform-aws-modules/vpc/aws", outside the checked tree: it was not analysed.'],
    ]);
  });

  it('does not follow module sources out of the checked tree, nor around a cycle', async () => {
    const outside = makeTree({ 'evil/main.tf': 'resource "demo_thing" "x" {\n  public = var.public\n}\nvariable "public" {}\n' });
    const cwd = makeTree({
      // `../link` is a symbolic link to a folder outside the checked tree.
      'a/main.tf': 'module "out" {\n  source = "../link"\n  public = true\n}\nmodule "loop" {\n  source = "../b"\n}\n',
      'b/main.tf': 'module "back" {\n  source = "../a"\n}\n',
    });
    symlinkSync(join(outside, 'evil'), join(cwd, 'link'));
    const { run, byPath } = await lintJson(cwd);
    expect(run.code).toBe(0);
    expect(byPath.get("a/main.tf")!.filter((f) => f.ruleId === "TF-900")).toEqual([]);
    // Inside the tree, the same module is reported: the guard is the tree, not the module.
    expect(byPath.get("link/main.tf")).toBeUndefined();
  });

  it('notes at its source each local module it does not analyse, and why', async () => {
    const outside = makeTree({ 'mod/main.tf': 'variable "public" {}\nresource "demo_thing" "x" {\n  public = var.public\n}\n' });
    const call = (name: string, source: string) => `module "${name}" {\n  source = "${source}"\n  public = true\n}\n`;
    const cwd = makeTree({
      'live/main.tf': call('gone', '../nowhere') + call('out', '../link') + call('vars', '../vars-only') + call('deep', '../d1'),
      'vars-only/terraform.tfvars': 'public = true\n',
      // A chain of calls deeper than the engine follows.
      'd1/main.tf': call('next', '../d2'),
      'd2/main.tf': call('next', '../d3'),
      'd3/main.tf': call('next', '../d4'),
      'd4/main.tf': call('next', '../d5'),
      'd5/main.tf': call('next', '../d6'),
      'd6/main.tf': 'resource "demo_thing" "x" {\n  public = true\n}\n',
    });
    symlinkSync(join(outside, 'mod'), join(cwd, 'link'));
    const { run, byPath } = await lintJson(cwd);
    // The engine follows calls four deep: from d1, d6 is out of reach (a note), from d2 it is not (none).
    const chain = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `In module "next" (../d${from + i + 1}): `).join('');
    const tooDeep = (last: number) => `Module "next" comes from "../d${last}", more than 4 module calls deep: it was not analysed.`;
    expect(byPath.get('live/main.tf')!.map((f) => [f.ruleId, f.range.start.line, f.range.start.column, f.message])).toEqual([
      ['unsupported', 2, 12, 'Module "gone" comes from "../nowhere", a directory that does not exist: it was not analysed.'],
      ['unsupported', 6, 12, 'Module "out" comes from "../link", outside the checked tree: it was not analysed.'],
      ['unsupported', 10, 12, 'Module "vars" comes from "../vars-only", a directory without .tf files: it was not analysed.'],
      // Only a caller sees that a call was too deep to follow: each caller on the way says so.
      ['unsupported', 14, 12, `In module "deep" (../d1): ${chain(1, 4)}${tooDeep(5)}`],
    ]);
    expect(byPath.get('d1/main.tf')!.map((f) => [f.ruleId, f.severity, f.range.start.line, f.message])).toEqual([
      ['unsupported', 'info', 2, `${chain(1, 5)}${tooDeep(6)}`],
    ]);
    expect(byPath.get('d2/main.tf')).toEqual([]);
    expect(run.code).toBe(1);
  });
});

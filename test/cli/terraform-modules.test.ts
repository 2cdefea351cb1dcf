import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicRule } from '../helpers/terraform-rules';
import { makeTree, runCli } from '../helpers/cli';

async function lintJson(cwd: string, args: string[] = []) {
  const run = await runCli(['lint', '.', '--format', 'json', ...args], { cwd, rules: [publicRule] });
  const files = JSON.parse(run.stdout).files as { path: string; findings: { ruleId: string; message: string; range: { start: { line: number; column: number } }; related: { path?: string; range: { start: { line: number } } }[] }[] }[];
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
});

import { beforeAll, describe, expect, it } from 'vitest';
import { initParsers, parseSource } from '../../server/src/parsers';
import type { TerraformFile } from '../../server/src/parsers/terraform/model';
import { TerraformModule } from '../../server/src/engine/terraform/module';
import { toJson, type TfEvalValue } from '../../server/src/engine/terraform/value';

beforeAll(async () => {
  await initParsers();
});

function moduleOf(files: Record<string, string>, varFiles: Record<string, string> = {}): { module: TerraformModule; files: Map<string, TerraformFile> } {
  const parsed = new Map(Object.entries(files).map(([name, text]) => [name, parseSource(`/m/${name}`, text) as TerraformFile]));
  const extra = Object.entries(varFiles).map(([name, text]) => parseSource(`/elsewhere/${name}`, text) as TerraformFile);
  return { module: new TerraformModule('/m', [...parsed.values()], { varFiles: extra, readFile: (p) => (p === 'policy.json' ? '{"a":1}' : undefined) }), files: parsed };
}

/** Evaluates `locals { x = <expression> }` in a module made of `extra` files. */
function value(expression: string, extra: Record<string, string> = {}): unknown {
  const { module } = moduleOf({ 'main.tf': `locals {\n  x = ${expression}\n}\n`, ...extra });
  const result = module.local('x');
  return result.kind === 'unknown' ? 'unknown' : toJson(result);
}

describe('Terraform evaluation', () => {
  it('computes literals, templates, operators and conditionals', () => {
    expect(value('"a-${1 + 2}-b"')).toBe('a-3-b');
    expect(value('2 * 3 > 5 && !false')).toBe(true);
    expect(value('true ? "yes" : "no"')).toBe('yes');
    expect(value('"%{if true}x%{endif}"')).toBe('unknown');
  });

  it('computes the common functions', () => {
    expect(value('concat(["a"], ["b", "c"])')).toEqual(['a', 'b', 'c']);
    expect(value('merge({ a = 1 }, { b = 2, a = 3 })')).toEqual({ a: 3, b: 2 });
    expect(value('lookup({ a = "x" }, "b", "d")')).toBe('d');
    expect(value('coalesce("", "z")')).toBe('z');
    expect(value('format("%s:%d", "port", 22)')).toBe('port:22');
    expect(value('join(",", split("-", "a-b"))')).toBe('a,b');
    expect(value('toset(["a", "a", "b"])')).toEqual(['a', 'b']);
    expect(value('jsondecode(jsonencode({ k = ["v"] }))')).toEqual({ k: ['v'] });
    expect(value('try({ a = 1 }.b, "fallback")')).toBe('fallback');
    expect(value('can(tonumber("x"))')).toBe(false);
    expect(value('file("policy.json")')).toBe('{"a":1}');
    expect(value('file("elsewhere.json")')).toBe('unknown');
    expect(value('[for s in ["a", "b"] : upper(s) if s != "b"]')).toEqual(['A']);
    expect(value('{ for k, v in { a = 1, b = 2 } : v => k }')).toEqual({ 1: 'a', 2: 'b' });
    expect(value('[{ c = "x" }, { c = "y" }][*].c')).toEqual(['x', 'y']);
  });

  it('keeps anything known only after apply unknown, and what depends on it', () => {
    expect(value('aws_vpc.main.cidr_block')).toBe('unknown');
    expect(value('data.aws_region.current.name')).toBe('unknown');
    expect(value('concat(["a"], [aws_vpc.main.id])')).toBe('unknown');
    expect(value('"${aws_vpc.main.id}-x"')).toBe('unknown');
    expect(value('unknownfunction("x")')).toBe('unknown');
    expect(value('aws_vpc.main.id == "x" ? "a" : "a"')).toBe('a');
    expect(value('false && aws_vpc.main.enabled')).toBe(false);
  });

  it('resolves variables in precedence order: default, terraform.tfvars, *.auto.tfvars, var files', () => {
    const variables = { 'variables.tf': 'variable "cidr" {\n  default = "0.0.0.0/0"\n}\nvariable "open" {}\n' };
    expect(value('var.cidr', variables)).toBe('0.0.0.0/0');
    expect(value('var.open', variables)).toBe('unknown');
    expect(value('var.cidr', { ...variables, 'terraform.tfvars': 'cidr = "10.0.0.0/8"\n' })).toBe('10.0.0.0/8');
    expect(value('var.cidr', { ...variables, 'terraform.tfvars': 'cidr = "10.0.0.0/8"\n', 'b.auto.tfvars': 'cidr = "10.1.0.0/16"\n', 'a.auto.tfvars': 'cidr = "10.2.0.0/16"\n' })).toBe('10.1.0.0/16');
    const { module } = moduleOf({ 'main.tf': variables['variables.tf'], 'terraform.tfvars': 'cidr = "10.0.0.0/8"\n' }, { 'prod.tfvars': 'cidr = "192.168.0.0/16"\n' });
    expect(toJson(module.variable('cidr'))).toBe('192.168.0.0/16');
  });

  it('remembers where a value was written', () => {
    const { module } = moduleOf({ 'main.tf': 'locals {\n  x = var.cidr\n}\n', 'variables.tf': 'variable "cidr" {\n  default = "0.0.0.0/0"\n}\n' });
    const result = module.local('x') as TfEvalValue;
    expect(result.origin).toEqual({ path: '/m/variables.tf', range: { start: { line: 1, character: 12 }, end: { line: 1, character: 23 } } });
  });

  it('treats locals that refer to themselves as unknown', () => {
    const { module } = moduleOf({ 'main.tf': 'locals {\n  a = local.b\n  b = local.a\n}\n' });
    expect(module.local('a').kind).toBe('unknown');
  });
});

describe('Terraform module views', () => {
  it('expands count and for_each into the instances that matter', () => {
    const { module, files } = moduleOf({
      'main.tf':
        'resource "x" "none" {\n  count = 0\n}\n' +
        'resource "x" "some" {\n  count = 2\n}\n' +
        'resource "x" "each" {\n  for_each = { a = "10.0.0.0/8", b = "0.0.0.0/0" }\n  cidr = each.value\n}\n' +
        'resource "x" "set" {\n  for_each = toset([])\n}\n',
    });
    const [none, some, each, set] = files.get('main.tf')!.resources();
    expect(module.instances(none)).toHaveLength(0);
    // A block that does not read count.index has instances that are all alike: it is checked once.
    expect(module.instances(some)).toHaveLength(1);
    expect(module.instances(each).map((v) => toJson(v.value('cidr')!))).toEqual(['10.0.0.0/8', '0.0.0.0/0']);
    expect(module.instances(set)).toHaveLength(0);
  });

  it('expands a known count into instances with count.index bound when the block reads it', () => {
    const { module, files } = moduleOf({
      'main.tf':
        'variable "flags" {\n  default = [false, true]\n}\n' +
        'resource "x" "first" {\n  count = 2\n  encrypted = count.index == 0\n}\n' +
        'resource "x" "listed" {\n  count = length(var.flags)\n  encrypted = var.flags[count.index]\n}\n' +
        'resource "x" "nested" {\n  count = 3\n  rule {\n    name = "r-${count.index}"\n  }\n}\n' +
        'resource "x" "dynamic" {\n  count = 2\n  dynamic "rule" {\n    for_each = [1]\n    content {\n      name = count.index\n    }\n  }\n}\n' +
        'resource "x" "many" {\n  count = 65\n  name = count.index\n}\n' +
        'resource "x" "unknown" {\n  count = var.unset\n  name = count.index\n}\n' +
        'variable "unset" {}\n' +
        'module "m" {\n  source = "./m"\n  count = 2\n  public = count.index > 0\n}\n',
    });
    const [first, listed, nested, dynamic, many, unknown] = files.get('main.tf')!.resources();
    expect(module.instances(first).map((v) => toJson(v.value('encrypted')!))).toEqual([true, false]);
    expect(module.instances(listed).map((v) => toJson(v.value('encrypted')!))).toEqual([false, true]);
    expect(module.instances(nested).map((v) => toJson(v.blocks('rule')[0].value('name')!))).toEqual(['r-0', 'r-1', 'r-2']);
    expect(module.instances(dynamic).map((v) => toJson(v.blocks('rule')[0].value('name')!))).toEqual([0, 1]);
    // Past the bound, or with an unknown count, one instance whose count.index is unknown.
    expect(module.instances(many).map((v) => v.value('name')!.kind)).toEqual(['unknown']);
    expect(module.instances(unknown).map((v) => v.value('name')!.kind)).toEqual(['unknown']);
    const call = files.get('main.tf')!.blocks.find((b) => b.type === 'module')!;
    expect(module.instances(call).map((v) => toJson(v.value('public')!))).toEqual([false, true]);
  });

  it('checks dynamic blocks like the blocks they create, from a local list', () => {
    const { module, files } = moduleOf({
      'main.tf':
        'locals {\n  rules = [{ port = 22, cidr = "0.0.0.0/0" }, { port = 443, cidr = "10.0.0.0/8" }]\n}\n' +
        'resource "aws_security_group" "sg" {\n  ingress {\n    from_port = 80\n  }\n' +
        '  dynamic "ingress" {\n    for_each = local.rules\n    content {\n      from_port = ingress.value.port\n      cidr_blocks = [ingress.value.cidr]\n    }\n  }\n' +
        '  dynamic "egress" {\n    for_each = var.unknown\n    content {}\n  }\n}\n',
    });
    const view = module.view(files.get('main.tf')!.resources()[0]);
    expect(view.blocks('ingress').map((b) => toJson(b.value('from_port')!))).toEqual([80, 22, 443]);
    expect(toJson(view.blocks('ingress')[1].value('cidr_blocks')!)).toEqual(['0.0.0.0/0']);
    expect(view.blocks('egress')).toEqual([]);
    expect(view.hasUnknownBlocks('egress')).toBe(true);
    expect(view.hasUnknownBlocks('ingress')).toBe(false);
  });

  it('finds the resources that refer to a resource, across files', () => {
    const { module, files } = moduleOf({
      'main.tf': 'resource "aws_s3_bucket" "logs" {}\nresource "aws_s3_bucket" "other" {}\n',
      'encryption.tf': 'resource "aws_s3_bucket_server_side_encryption_configuration" "logs" {\n  bucket = aws_s3_bucket.logs.id\n}\n',
    });
    const [logs, other] = files.get('main.tf')!.resources();
    const satellites = module.referencing(logs, 'aws_s3_bucket_server_side_encryption_configuration');
    expect(satellites.map((b) => module.fileOf(b)?.path)).toEqual(['/m/encryption.tf']);
    expect(module.referencing(other)).toEqual([]);
  });
});

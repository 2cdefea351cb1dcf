import { beforeAll, describe, expect, it } from 'vitest';
import { initParsers, parseSource } from '../../server/src/parsers';
import type { TerraformFile } from '../../server/src/parsers/terraform/model';
import { lint } from '../../server/src/engine/lint';
import { TerraformModule } from '../../server/src/engine/terraform/module';
import ebsUnencrypted from '../../rules/terraform/tf-004-ebs-unencrypted';
import { publicRule } from '../helpers/terraform-rules';

beforeAll(async () => {
  await initParsers();
});

function lintModule(main: string, extra: Record<string, string> = {}) {
  const file = parseSource('/m/main.tf', main) as TerraformFile;
  const others = Object.entries(extra).map(([name, text]) => parseSource(`/m/${name}`, text) as TerraformFile);
  const module = new TerraformModule('/m', [file, ...others]);
  return lint(file, [ebsUnencrypted, publicRule], {}, { module }).map((f) => ({
    ruleId: f.ruleId,
    at: [f.range.start.line + 1, f.range.start.character + 1, f.range.end.line + 1, f.range.end.character + 1],
    message: f.message,
    related: f.related.map((r) => [r.path ?? '', r.range.start.line + 1, r.range.start.character + 1]),
  }));
}

const volume = (body: string) => `resource "aws_ebs_volume" "data" {\n  availability_zone = "eu-west-1a"\n${body}}\n`;

describe('instances of a counted block', () => {
  it('decides values computed from count.index', () => {
    expect(lintModule(volume('  count     = 2\n  encrypted = count.index == 0\n'))).toEqual([
      { ruleId: 'TF-004', at: [4, 15, 4, 31], message: 'encrypted = false: this EBS volume and its snapshots are stored unencrypted.', related: [] },
    ]);
    expect(lintModule(volume('  count     = 2\n  encrypted = count.index < 5\n'))).toEqual([]);
  });

  it('picks the element of a list by count.index and names where it was written', () => {
    const variables = { 'variables.tf': 'variable "flags" {\n  default = [true, false, false]\n}\n' };
    expect(lintModule(volume('  count     = length(var.flags)\n  encrypted = var.flags[count.index]\n'), variables)).toEqual([
      // Instances 1 and 2 are both unencrypted: one finding at the one place to change.
      { ruleId: 'TF-004', at: [4, 15, 4, 37], message: 'encrypted = false: this EBS volume and its snapshots are stored unencrypted.', related: [['/m/variables.tf', 2, 20]] },
    ]);
    expect(lintModule(volume('  count     = 1\n  encrypted = var.flags[count.index]\n'), variables)).toEqual([]);
  });

  it('finds count.index in nested and dynamic blocks', () => {
    const instance = (body: string) => `resource "aws_instance" "app" {\n  count = 2\n  ami   = "ami-0123"\n${body}}\n`;
    expect(lintModule(instance('  root_block_device {\n    encrypted = count.index != 1\n  }\n'))).toEqual([
      { ruleId: 'TF-004', at: [5, 17, 5, 33], message: expect.stringContaining('encrypted = false'), related: [] },
    ]);
    const dynamic = '  dynamic "ebs_block_device" {\n    for_each = ["/dev/sdf"]\n    content {\n      device_name = ebs_block_device.value\n      encrypted   = count.index == 0\n    }\n  }\n';
    expect(lintModule(instance(dynamic))).toEqual([
      { ruleId: 'TF-004', at: [8, 21, 8, 37], message: expect.stringContaining('encrypted = false'), related: [] },
    ]);
  });

  it('keeps the previous behaviour past the bound and for an unknown count', () => {
    expect(lintModule(volume('  count     = 65\n  encrypted = count.index < 64\n'))).toEqual([]);
    expect(lintModule(volume('  count     = var.n\n  encrypted = count.index == 0\n'))).toEqual([]);
    // Without count.index the instances are alike: a block that is insecure is reported once.
    expect(lintModule(volume('  count     = 3\n  encrypted = false\n')).map((f) => f.at)).toEqual([[4, 15, 4, 20]]);
  });

  it('reports one finding per range when instances of for_each differ', () => {
    const things = 'resource "demo_thing" "t" {\n  for_each = { a = true, b = true, c = false }\n  public = each.value\n}\n';
    expect(lintModule(things)).toEqual([
      { ruleId: 'TF-900', at: [3, 12, 3, 22], message: 'This demo thing is public.', related: [['', 2, 20]] },
    ]);
  });
});

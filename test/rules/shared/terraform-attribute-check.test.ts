import { describe, expect, it } from 'vitest';
import { asBool, asString, defineRule, type AnyRule } from '../../../rules/api';
import { attributeCheck } from '../../../rules/shared/terraform-attribute-check';
import { ruleTester } from '../../helpers/rule-tester';
import { makeTree, runCli } from '../../helpers/cli';

const metadata = {
  target: 'terraform' as const,
  severity: 'medium' as const,
  preset: 'recommended' as const,
  requirements: ['3.1' as const],
  docs: { rationale: 'A synthetic rule for the attribute-check helper.', remediation: 'Turn it on.' },
  examples: { bad: '', good: '' },
};

/** A nested block argument, absent means off, with a safe fix. */
const nested = defineRule({
  ...metadata,
  id: 'TF-901',
  title: 'Encrypt demo stores',
  messages: { off: 'Encryption is off.', missing: 'Encryption is not configured.' },
  check: attributeCheck({
    resources: ['demo_store', 'demo_other_store'],
    path: 'encryption.enabled',
    compliant: (value) => asBool(value),
    absent: 'insecure',
    messages: { insecure: 'off', missing: 'missing' },
    remedy: { value: true, title: 'Turn encryption on', kind: 'fix' },
  }),
});

/** A flat argument whose absence depends on another argument; explicit bad values only otherwise. */
const flat = defineRule({
  ...metadata,
  id: 'TF-902',
  title: 'Use strong modes on demo queues',
  messages: { weak: 'mode = "{{mode}}" is weak.', missing: 'mode is not set: plain mode is the default for this engine.' },
  check: attributeCheck({
    resources: ['demo_queue'],
    path: 'mode',
    compliant: (value) => {
      const mode = asString(value);
      return mode === undefined ? undefined : mode !== 'plain';
    },
    absent: ({ resource }) => {
      const engine = resource.value('engine');
      if (engine === undefined) return 'compliant';
      return asString(engine) === undefined ? 'unknown' : asString(engine) === 'legacy' ? 'insecure' : 'compliant';
    },
    undecidableWhenSet: ['source_queue'],
    messages: { insecure: 'weak', missing: 'missing' },
    data: (value) => ({ mode: asString(value) ?? '' }),
    remedy: { value: 'strong', title: 'Set mode = "strong"', kind: 'suggest', replacesResource: true },
  }),
});

const store = (body: string) => `resource "demo_store" "s" {\n  name = "s"\n${body}}\n`;
const queue = (body: string) => `resource "demo_queue" "q" {\n${body}}\n`;
const replaced = 'Set mode = "strong" (the provider replaces the resource)';

ruleTester(nested, {
  good: [
    { name: 'enabled', code: store('  encryption {\n    enabled = true\n  }\n') },
    { name: 'unknown value', code: store('  encryption {\n    enabled = var.on\n  }\n') },
    { name: 'dynamic block with an unknown for_each', code: store('  dynamic "encryption" {\n    for_each = var.encryption\n    content {\n      enabled = false\n    }\n  }\n') },
    { name: 'dynamic block from a known list, enabled', code: store('  dynamic "encryption" {\n    for_each = [true]\n    content {\n      enabled = encryption.value\n    }\n  }\n') },
    { name: 'another resource type', code: 'resource "demo_bucket" "b" {\n}\n' },
    { name: 'override file', filename: 'override.tf', code: store('') },
    { name: 'JSON nested object, enabled', filename: 'main.tf.json', code: '{"resource": {"demo_store": {"s": {"encryption": {"enabled": true}}}}}\n' },
  ],
  bad: [
    {
      name: 'the nested block is missing: reported at the resource header, block inserted',
      code: store(''),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 26, output: store('  encryption {\n    enabled = true\n  }\n') }],
    },
    {
      name: 'the argument is missing from the block: reported at the block, argument inserted',
      code: store('  encryption {\n    key = "k"\n  }\n'),
      findings: [{ messageId: 'missing', line: 3, column: 3, endColumn: 13, output: store('  encryption {\n    key = "k"\n    enabled = true\n  }\n') }],
    },
    {
      name: 'false: reported at the value and replaced',
      code: store('  encryption {\n    enabled = false\n  }\n'),
      findings: [{ messageId: 'off', line: 4, column: 15, endColumn: 20, output: store('  encryption {\n    enabled = true\n  }\n') }],
    },
    {
      name: 'every listed resource type',
      code: 'resource "demo_other_store" "o" {\n  encryption {\n    enabled = false\n  }\n}\n',
      findings: [{ messageId: 'off', line: 3, column: 15, endColumn: 20, output: 'resource "demo_other_store" "o" {\n  encryption {\n    enabled = true\n  }\n}\n' }],
    },
    {
      name: 'dynamic block from a known list: reported inside content, the value comes from the list',
      code: store('  dynamic "encryption" {\n    for_each = [false]\n    content {\n      enabled = encryption.value\n    }\n  }\n'),
      findings: [{ messageId: 'off', line: 6, column: 17, endColumn: 33, related: [':4:17'] }],
    },
    {
      name: 'dynamic block without the argument: reported at content, inserted there',
      code: store('  dynamic "encryption" {\n    for_each = [1]\n    content {\n      key = "k"\n    }\n  }\n'),
      findings: [{ messageId: 'missing', line: 5, column: 5, endColumn: 12, output: store('  dynamic "encryption" {\n    for_each = [1]\n    content {\n      key = "k"\n      enabled = true\n    }\n  }\n') }],
    },
    {
      name: 'for_each instances: one finding per place',
      code: store('  for_each = toset(["a", "b"])\n  encryption {\n    enabled = false\n  }\n'),
      findings: [{ messageId: 'off', line: 5, column: 15, endColumn: 20, output: store('  for_each = toset(["a", "b"])\n  encryption {\n    enabled = true\n  }\n') }],
    },
    {
      name: 'JSON nested object, false',
      filename: 'main.tf.json',
      code: '{"resource": {"demo_store": {"s": {"encryption": {"enabled": false}}}}}\n',
      findings: [{ messageId: 'off', line: 1, column: 62, endColumn: 67, output: '{"resource": {"demo_store": {"s": {"encryption": {"enabled": true}}}}}\n' }],
    },
    {
      name: 'JSON, the block is missing',
      filename: 'main.tf.json',
      code: '{"resource": {"demo_store": {"s": {"name": "s"}}}}\n',
      findings: [{ messageId: 'missing', line: 1, column: 30, endColumn: 33, output: '{"resource": {"demo_store": {"s": {"name": "s", "encryption": { "enabled": true }}}}}\n' }],
    },
  ],
});

ruleTester(flat, {
  good: [
    { name: 'strong', code: queue('  engine = "legacy"\n  mode   = "strong"\n') },
    { name: 'absent on an engine whose default is strong', code: queue('  engine = "modern"\n') },
    { name: 'absent, engine unknown', code: queue('  engine = var.engine\n') },
    { name: 'absent, engine absent: the default engine is modern', code: queue('') },
    { name: 'copies another queue: not decided', code: queue('  source_queue = demo_queue.main.id\n  mode         = "plain"\n') },
    { name: 'count = 0', code: queue('  count = 0\n  mode  = "plain"\n') },
    { name: 'a list is not a mode', code: queue('  mode = ["plain"]\n') },
  ],
  bad: [
    {
      name: 'weak mode, data in the message, a suggestion that says the resource is replaced',
      code: queue('  mode = "plain"\n'),
      findings: [{ messageId: 'weak', line: 2, column: 10, endColumn: 17, suggestions: [{ title: replaced, output: queue('  mode = "strong"\n') }] }],
    },
    {
      name: 'absent on the legacy engine',
      code: queue('  engine = "legacy"\n'),
      findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: 26, suggestions: [{ title: replaced, output: queue('  engine = "legacy"\n  mode = "strong"\n') }] }],
    },
    {
      name: 'weak mode from a variable default in another file: no edit',
      code: queue('  mode = var.mode\n'),
      files: { 'variables.tf': 'variable "mode" {\n  default = "plain"\n}\n' },
      findings: [{ messageId: 'weak', line: 2, column: 10, endColumn: 18, related: ['variables.tf:2:13'], suggestions: [] }],
    },
    {
      name: 'counted queue',
      code: queue('  count = var.n\n  mode  = "plain"\n'),
      findings: [{ messageId: 'weak', line: 3, column: 11, endColumn: 18 }],
    },
    {
      name: 'JSON syntax, absent',
      filename: 'main.tf.json',
      code: '{\n  "resource": {\n    "demo_queue": {\n      "q": {\n        "engine": "legacy"\n      }\n    }\n  }\n}\n',
      findings: [{ messageId: 'missing', line: 4, column: 7, endColumn: 10, suggestions: [{ output: '{\n  "resource": {\n    "demo_queue": {\n      "q": {\n        "engine": "legacy",\n        "mode": "strong"\n      }\n    }\n  }\n}\n' }] }],
    },
  ],
});

describe('attribute checks through module inputs', () => {
  it('reports the caller input that makes the module insecure, with the module value as related information', async () => {
    const cwd = makeTree({
      'live/main.tf': 'module "q" {\n  source = "../modules/queue"\n  mode   = "plain"\n}\nmodule "ok" {\n  source = "../modules/queue"\n  mode   = "strong"\n}\n',
      'modules/queue/main.tf': 'variable "mode" {\n  default = "strong"\n}\nresource "demo_queue" "q" {\n  mode = var.mode\n}\n',
    });
    const run = await runCli(['lint', '.', '--format', 'json'], { cwd, rules: [flat as unknown as AnyRule] });
    const files = JSON.parse(run.stdout).files as { path: string; findings: { ruleId: string; message: string; range: { start: { line: number; column: number } }; related: { path?: string }[] }[] }[];
    const live = files.find((f) => f.path === 'live/main.tf')!.findings;
    expect(live.map((f) => [f.ruleId, f.range.start, f.message])).toEqual([
      ['TF-902', { line: 3, column: 12 }, 'In module "q" (../modules/queue): mode = "plain" is weak.'],
    ]);
    expect(live[0].related.map((r) => r.path)).toContain('modules/queue/main.tf');
    expect(files.find((f) => f.path === 'modules/queue/main.tf')!.findings).toEqual([]);
    expect(run.code).toBe(1);
  });
});

import { execFileSync, spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeTree } from '../helpers/cli';
import { privateBuild, StdioClient } from '../helpers/stdio-client';

// What a checkout can hold besides regular files: FIFOs (which block a reader until a writer
// comes), devices (`/dev/zero` never ends and reports size 0), link loops and dangling links.
// Each case runs the built CLI in a child process with a time limit and a small heap, so that a
// hang or an endless read fails the test instead of stopping the runner.

const posix = process.platform !== 'win32';
const runMs = 20_000;
/** A run over a few small files needs far less; reading /dev/zero would pass it within a second. */
const heapMb = 256;

let build: ReturnType<typeof privateBuild>;
beforeAll(() => {
  build = privateBuild('shiftguard-special-');
});
afterAll(() => build?.remove());

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  range: { start: { line: number; column: number } };
}

function cli(args: string[], cwd: string): { code: number | null; stderr: string; byPath: Map<string, [string, string, number, string][]> } {
  const run = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, build.cliJs, ...args, '--format', 'json'], {
    cwd,
    encoding: 'utf8',
    timeout: runMs,
    env: { ...process.env, NO_COLOR: '1' },
  });
  expect(run.error, 'the run finishes in time').toBeUndefined();
  expect(run.signal).toBeNull();
  const files = run.stdout ? (JSON.parse(run.stdout).files as { path: string; findings: JsonFinding[] }[]) : [];
  const byPath = new Map(files.map((f) => [f.path, f.findings.map((x) => [x.ruleId, x.severity, x.range.start.line, x.message] as [string, string, number, string])]));
  return { code: run.status, stderr: run.stderr, byPath };
}

function mkfifo(path: string): void {
  execFileSync('mkfifo', [path]);
}

const bucket = 'resource "aws_s3_bucket" "b" {\n  bucket = "logs"\n}\n';
const incomplete = (name: string, reason: string): [string, string, number, string] => [
  'skipped',
  'error',
  1,
  `Not checked: ${name} was not read (${reason}), and without it the module is incomplete.`,
];
const notRegular = (kind: string): [string, string, number, string] => ['skipped', 'error', 1, `Not a regular file (${kind}); not checked.`];

describe.runIf(posix)('special files', () => {
  it('reports a FIFO named on the command line as not checked, and fails the run', () => {
    const cwd = makeTree({});
    mkfifo(join(cwd, 'main.tf'));
    const run = cli(['lint', 'main.tf'], cwd);
    expect(run.byPath.get('main.tf')).toEqual([notRegular('FIFO')]);
    expect(run.code).toBe(1);
  }, 30_000);

  // `/dev/zero` reports size 0: a size check before reading passes, and reading never ends.
  it.each([
    { sibling: 'other.tf', kind: 'FIFO', make: mkfifo },
    { sibling: 'zero.tf', kind: 'character device', make: (path: string) => symlinkSync('/dev/zero', path) },
  ])('does not lint a module on part of its files when $sibling beside it is a $kind', ({ sibling, kind, make }) => {
    const cwd = makeTree({ 'main.tf': bucket });
    make(join(cwd, sibling));
    const explicit = cli(['lint', 'main.tf'], cwd);
    expect([...explicit.byPath.keys()]).toEqual(['main.tf']);
    expect(explicit.byPath.get('main.tf')).toEqual([incomplete(sibling, `not a regular file (${kind})`)]);
    expect(explicit.code).toBe(1);

    const walked = cli(['lint', '.'], cwd);
    expect(walked.byPath.get('main.tf')).toEqual([incomplete(sibling, `not a regular file (${kind})`)]);
    expect(walked.byPath.get(sibling)).toEqual([notRegular(kind)]);
    expect(walked.code).toBe(1);
  }, 60_000);

  it('refuses a Dockerfile that is a FIFO and a manifest linked to /dev/zero in a walk', () => {
    const cwd = makeTree({ 'ok/Dockerfile': 'FROM alpine:3.20\nUSER 10001\nHEALTHCHECK CMD true\n' });
    mkfifo(join(cwd, 'Dockerfile'));
    symlinkSync('/dev/zero', join(cwd, 'pod.yaml'));
    const run = cli(['lint', '.'], cwd);
    expect(run.byPath.get('Dockerfile')).toEqual([notRegular('FIFO')]);
    expect(run.byPath.get('pod.yaml')).toEqual([notRegular('character device')]);
    expect(run.code).toBe(1);
  }, 30_000);

  it('does not read a FIFO as the target of file(), and says that the value is unknown', () => {
    const policy = 'resource "aws_iam_policy" "p" {\n  policy = file("policy.json")\n}\n';
    const control = makeTree({
      'main.tf': policy,
      'policy.json': '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}',
    });
    // The control: from a regular file, the policy is read and judged.
    expect(cli(['lint', '.'], control).byPath.get('main.tf')!.map(([rule]) => rule)).toEqual(['TF-007']);
    const cwd = makeTree({ 'main.tf': policy });
    mkfifo(join(cwd, 'policy.json'));
    const run = cli(['lint', '.'], cwd);
    expect(run.byPath.get('main.tf')).toEqual([
      ['skipped', 'error', 2, 'file("policy.json") was not read (not a regular file (FIFO)): its value is unknown to the checks.'],
    ]);
    expect(run.code).toBe(1);
  }, 60_000);

  it('applies no patterns from a .gitignore that is a FIFO, and says so', () => {
    const cwd = makeTree({ 'Dockerfile': 'FROM alpine:latest\n' });
    mkfifo(join(cwd, '.gitignore'));
    const run = cli(['lint', '.'], cwd);
    expect(run.byPath.get('.gitignore')).toEqual([
      ['skipped', 'info', 1, 'Not read (not a regular file (FIFO)); its patterns were not applied.'],
    ]);
    expect(run.byPath.get('Dockerfile')!.length).toBeGreaterThan(0);
    expect(run.code).toBe(1);
  }, 30_000);

  it('stops at a FIFO or a device given as --var-file with a usage error', () => {
    const cwd = makeTree({ 'main.tf': bucket });
    mkfifo(join(cwd, 'prod.tfvars'));
    const fifo = cli(['lint', '.', '--var-file', 'prod.tfvars'], cwd);
    expect(fifo.code).toBe(2);
    expect(fifo.stderr).toBe('shiftguard: not a regular file (FIFO) for --var-file: prod.tfvars\n');
    const device = cli(['lint', '.', '--var-file', '/dev/zero'], cwd);
    expect(device.code).toBe(2);
    expect(device.stderr).toBe('shiftguard: not a regular file (character device) for --var-file: /dev/zero\n');
  }, 30_000);

  it('names a link loop and a dangling link given on the command line for what they are', () => {
    const cwd = makeTree({});
    symlinkSync('loop.tf', join(cwd, 'loop.tf'));
    symlinkSync('gone.tf', join(cwd, 'dangling.tf'));
    const loop = cli(['lint', 'loop.tf'], cwd);
    expect([loop.code, loop.stderr]).toEqual([2, 'shiftguard: symbolic link loop: loop.tf\n']);
    const dangling = cli(['lint', 'dangling.tf'], cwd);
    expect([dangling.code, dangling.stderr]).toEqual([2, 'shiftguard: dangling symbolic link (to gone.tf, which does not exist): dangling.tf\n']);
  }, 30_000);

  it('does not analyse a called module with a FIFO among its files, and says so at the source', () => {
    const cwd = makeTree({
      'live/main.tf': 'module "store" {\n  source = "../modules/store"\n}\n',
      'modules/store/main.tf': bucket,
    });
    mkfifo(join(cwd, 'modules/store/extra.tf'));
    const run = cli(['lint', '.'], cwd);
    expect(run.byPath.get('modules/store/main.tf')).toEqual([incomplete('extra.tf', 'not a regular file (FIFO)')]);
    expect(run.byPath.get('live/main.tf')).toEqual([
      ['skipped', 'error', 2, 'Module "store" comes from "../modules/store", whose files were not all read: extra.tf (not a regular file (FIFO)). The module is incomplete and was not analysed.'],
    ]);
    expect(run.code).toBe(1);
  }, 30_000);
});

describe.runIf(posix)('the language server beside special files', () => {
  const clients: StdioClient[] = [];
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.dispose()));
  });

  it('lints a buffer whose module has a FIFO and a device beside it, and answers for another file meanwhile', async () => {
    const cwd = makeTree({ 'infra/variables.tf': 'variable "name" {\n  default = "logs"\n}\n', 'app/Dockerfile': 'FROM alpine:latest\n' });
    mkfifo(join(cwd, 'infra', 'other.tf'));
    symlinkSync('/dev/zero', join(cwd, 'infra', 'zero.tf'));
    const client = new StdioClient(build.serverJs, { waitMs: 15_000, nodeArgs: [`--max-old-space-size=${heapMb * 2}`] });
    clients.push(client);
    await client.initialize();

    const terraformUri = pathToFileURL(join(cwd, 'infra', 'main.tf')).href;
    const terraform = await client.open(terraformUri, 'terraform', bucket);
    expect(terraform.diagnostics.map((d) => [d.severity, d.range.start.line, d.message])).toEqual([
      [1, 0, 'Not checked: other.tf was not read (not a regular file (FIFO)), and without it the module is incomplete.'],
      [1, 0, 'Not checked: zero.tf was not read (not a regular file (character device)), and without it the module is incomplete.'],
    ]);

    const dockerfileUri = pathToFileURL(join(cwd, 'app', 'Dockerfile')).href;
    const dockerfile = await client.open(dockerfileUri, 'dockerfile', 'FROM alpine:latest\n');
    const latest = dockerfile.diagnostics.find((d) => String(d.message).includes('latest'));
    expect(latest).toBeDefined();
    const hover = await client.hover(dockerfileUri, latest!.range.start);
    expect(hover).not.toBeNull();

    // The workspace scan walks the same folder: the FIFO and the device are named, never read.
    const fifoUri = pathToFileURL(join(cwd, 'infra', 'other.tf')).href;
    const fifoPublished = client.diagnostics(fifoUri);
    const summary = await client.request<{ files: number; cancelled: boolean }>('shiftguard/lintWorkspace', { folders: [pathToFileURL(cwd).href] });
    expect(summary).toMatchObject({ files: 4, cancelled: false });
    expect((await fifoPublished).diagnostics.map((d) => [d.severity, d.message])).toEqual([[1, 'Not a regular file (FIFO); not checked.']]);
    expect(client.alive).toBe(true);
  }, 60_000);
});

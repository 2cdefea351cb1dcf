import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { makeTree } from '../helpers/cli';
import { privateBuild, repositoryRoot, StdioClient } from '../helpers/stdio-client';
import { networkUsesOfBundle, networkUsesOfSources, type NetworkUse } from './network-imports';

const guardScript = join(__dirname, 'network-guard.cjs');

/** Files that name remote things everywhere a linter might be tempted to fetch them. */
const temptingTree: Record<string, string> = {
  'infra/main.tf': `terraform {
  backend "remote" {
    hostname     = "app.terraform.io"
    organization = "example"
  }
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

module "from_git" {
  source = "git::https://example.com/network.git?ref=v1.2.0"
}

module "from_registry" {
  source  = "hashicorp/consul/aws"
  version = "0.1.0"
}

module "from_archive" {
  source = "https://example.com/modules/vpc.zip"
}

module "from_s3" {
  source = "s3::https://s3-eu-west-1.amazonaws.com/examplecorp-terraform-modules/vpc.zip"
}

module "from_github" {
  source = "github.com/hashicorp/example"
}

module "web" {
  source = "./modules/web"
  policy = file("https://example.com/policy.json")
}

data "http" "my_ip" {
  url = "https://ifconfig.me/ip"
}

data "terraform_remote_state" "network" {
  backend = "remote"
  config  = { organization = "example", workspaces = { name = "network" } }
}

locals {
  remote_policy = jsondecode(file("https://example.com/policy.json"))
  rendered      = templatefile("https://example.com/user-data.tftpl", { name = "web" })
  local_render  = templatefile("\${path.module}/templates/user-data.tftpl", { url = "https://example.com/bootstrap.sh" })
}

resource "aws_iam_policy" "remote" {
  name   = "remote"
  policy = file("https://example.com/policy.json")
}

resource "aws_iam_policy" "inline" {
  name   = "inline"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] })
}

resource "aws_security_group" "ssh" {
  name = "ssh"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["\${chomp(data.http.my_ip.response_body)}/32", "0.0.0.0/0"]
  }
}

resource "aws_instance" "web" {
  ami       = "ami-12345678"
  user_data = templatefile("https://example.com/user-data.tftpl", {})
}
`,
  'infra/templates/user-data.tftpl': '#!/bin/sh\ncurl -fsSL ${url} | sh\n',
  'infra/terraform.tfvars': 'bootstrap_url = "https://example.com/bootstrap.sh"\nregistry = "registry.example.com"\n',
  'infra/registry.tf.json': JSON.stringify({ module: { vpc: { source: 'terraform-aws-modules/vpc/aws', version: '5.0.0' } } }, null, 2),
  'infra/modules/web/main.tf': `variable "policy" {
  type = string
}

module "network" {
  source = "git::ssh://git@example.com/network.git?ref=v1.2.0"
}

resource "aws_iam_role_policy" "web" {
  name   = "web"
  role   = "web"
  policy = var.policy
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 10
  snapshot_id       = file("https://example.com/snapshot-id")
}
`,
  'k8s/pod.yaml': `# yaml-language-server: $schema=https://raw.githubusercontent.com/yannh/kubernetes-json-schema/master/v1.30.0/pod.json
apiVersion: v1
kind: Pod
metadata:
  name: web
  annotations:
    $ref: https://example.com/schemas/pod.json
spec:
  initContainers:
    - name: bootstrap
      image: curlimages/curl
      command: ["curl", "-fsSL", "https://example.com/bootstrap.sh"]
  containers:
    - name: web
      image: registry.example.com/team/web:latest
      securityContext:
        privileged: true
    - name: sidecar
      image: ghcr.io/example/sidecar@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
`,
  'k8s/crd.yaml': `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
spec:
  group: example.com
  names:
    kind: Widget
    plural: widgets
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          $ref: "https://example.com/schemas/widget.json#/definitions/Widget"
`,
  'k8s/kustomization.yaml': `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - https://github.com/kubernetes-sigs/kustomize//examples/helloWorld?ref=v3.3.1
  - github.com/example/base?ref=main
`,
  'docker/Dockerfile': `# syntax=docker/dockerfile:1.7
ARG BASE=registry.example.com/base:1.0
FROM \${BASE} AS build
ADD https://example.com/tool.tar.gz /tmp/tool.tar.gz
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2015d0a0bb2e1f5f https://example.com/tool /usr/bin/tool
ADD git@github.com:moby/buildkit.git#v0.10.1 /buildkit
RUN curl -fsSL https://example.com/install.sh | sh

FROM docker.io/library/alpine:latest
COPY --from=ghcr.io/example/tools:1.0 /bin/tool /bin/tool
COPY --from=build /tmp/tool.tar.gz /tmp/
ONBUILD ADD https://example.com/onbuild.tar.gz /
HEALTHCHECK CMD wget -q -O- http://localhost:8080/healthz || exit 1
USER root
`,
};

/** Every remote module call of the tree: [file, module name, source]. Each must be named as not analysed. */
const remoteModules: [string, string, string][] = [
  ['infra/main.tf', 'from_git', 'git::https://example.com/network.git?ref=v1.2.0'],
  ['infra/main.tf', 'from_registry', 'hashicorp/consul/aws'],
  ['infra/main.tf', 'from_archive', 'https://example.com/modules/vpc.zip'],
  ['infra/main.tf', 'from_s3', 's3::https://s3-eu-west-1.amazonaws.com/examplecorp-terraform-modules/vpc.zip'],
  ['infra/main.tf', 'from_github', 'github.com/hashicorp/example'],
  ['infra/registry.tf.json', 'vpc', 'terraform-aws-modules/vpc/aws'],
  ['infra/modules/web/main.tf', 'network', 'git::ssh://git@example.com/network.git?ref=v1.2.0'],
];

const notAnalysed = (name: string, source: string) =>
  `Module "${name}" comes from "${source}", which is not a local path: it was not analysed.`;

interface GuardRecord {
  thread: number;
  armed?: boolean;
  main?: boolean;
  api?: string;
  args?: string[];
  stack?: string[];
}

function readGuardLog(path: string): { attempts: GuardRecord[]; armedThreads: number[] } {
  const records: GuardRecord[] = readFileSync(path, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
  return { attempts: records.filter((r) => !r.armed), armedThreads: records.filter((r) => r.armed).map((r) => r.thread) };
}

/** Runs `node -r network-guard.cjs <args>` and resolves with its exit code and output. */
function runGuarded(args: string[], cwd: string, log: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', guardScript, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', SHIFTGUARD_NETWORK_GUARD_LOG: log },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Starts the built language server over stdio with the guard preloaded (NODE_OPTIONS reaches the child only). */
function guardedServer(serverJs: string, log: string): StdioClient {
  const saved = { options: process.env.NODE_OPTIONS, log: process.env.SHIFTGUARD_NETWORK_GUARD_LOG };
  process.env.NODE_OPTIONS = `${saved.options ?? ''} --require ${guardScript}`.trim();
  process.env.SHIFTGUARD_NETWORK_GUARD_LOG = log;
  try {
    return new StdioClient(serverJs, { pullConfiguration: false });
  } finally {
    if (saved.options === undefined) delete process.env.NODE_OPTIONS;
    else process.env.NODE_OPTIONS = saved.options;
    if (saved.log === undefined) delete process.env.SHIFTGUARD_NETWORK_GUARD_LOG;
    else process.env.SHIFTGUARD_NETWORK_GUARD_LOG = saved.log;
  }
}

const describeAttempts = (attempts: GuardRecord[]) => attempts.map((a) => `${a.api}(${(a.args ?? []).join(', ')})\n  ${(a.stack ?? []).join('\n  ')}`).join('\n');

let build: ReturnType<typeof privateBuild>;

beforeAll(() => {
  build = privateBuild('shiftguard-network-');
}, 60_000);

afterAll(() => build?.remove());

describe('the network guard', () => {
  it('records and blocks every way out, in worker threads too', async () => {
    const dir = makeTree({
      'tempt.cjs': `
const { Worker } = require('node:worker_threads');
const attempts = [
  () => fetch('https://example.com/'),
  () => require('node:net').connect(443, 'example.com'),
  () => new (require('node:net').Socket)().connect(443, 'example.com'),
  () => require('node:tls').connect(443, 'example.com'),
  () => require('node:dns').lookup('example.com', () => undefined),
  () => require('node:dns').promises.resolve4('example.com'),
  () => require('node:http').get('http://example.com/'),
  () => require('node:https').request('https://example.com/'),
  () => require('node:http2').connect('https://example.com/'),
  () => require('node:dgram').createSocket('udp4'),
  () => require('node:child_process').spawn('true'),
  () => require('node:child_process').execFileSync('true'),
  () => require('node:child_process').fork(__filename),
];
let blocked = 0;
for (const attempt of attempts) {
  try { attempt(); } catch (error) { if (/network guard/.test(error.message)) blocked++; }
}
const worker = new Worker("try { fetch('https://example.com/worker') } catch {}", { eval: true, execArgv: [] });
worker.on('exit', () => console.log(blocked));
`,
    });
    const log = join(dir, 'guard.log');
    const run = await runGuarded(['tempt.cjs'], dir, log);
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('13');
    const { attempts, armedThreads } = readGuardLog(log);
    expect(attempts.map((a) => a.api)).toEqual([
      'globalThis.fetch',
      'net.connect',
      'net.Socket.prototype.connect',
      'tls.connect',
      'dns.lookup',
      'dns.promises.resolve4',
      'http.get',
      'https.request',
      'http2.connect',
      'dgram.createSocket',
      'child_process.spawn',
      'child_process.execFileSync',
      'child_process.fork',
      'globalThis.fetch',
    ]);
    expect(attempts[attempts.length - 1].thread).not.toBe(0);
    expect(armedThreads).toEqual([0, attempts[attempts.length - 1].thread]);
  });
});

describe('no network or process at run time', () => {
  it('the CLI lints files naming remote sources without reaching out, and names remote modules as not analysed', async () => {
    // Copies make enough files for the CLI to lint in its worker pool.
    const copies = Object.fromEntries(
      Array.from({ length: 8 }, (_, i) => [[`copies/${i}/pod.yaml`, temptingTree['k8s/pod.yaml']], [`copies/${i}/Dockerfile`, temptingTree['docker/Dockerfile']]]).flat(),
    );
    const files = { ...temptingTree, ...copies };
    const tree = makeTree(files);
    const log = join(tree, 'guard.log');
    writeFileSync(log, '');
    const run = await runGuarded([build.cliJs, 'lint', '.', '--format', 'json'], tree, log);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { files: { path: string; findings: { ruleId: string; severity: string; message: string }[] }[] };
    expect(report.files.map((f) => f.path).sort()).toEqual(Object.keys(files).filter((p) => !p.endsWith('.tftpl')).sort());
    const findings = report.files.flatMap((f) => f.findings.map((finding) => ({ path: f.path, ...finding })));
    expect(findings.filter((f) => f.ruleId === 'internal' || f.severity === 'error')).toEqual([]);
    for (const [path, name, source] of remoteModules) {
      expect(findings, `${path}: module ${name}`).toContainEqual(expect.objectContaining({ path, ruleId: 'unsupported', severity: 'info', message: notAnalysed(name, source) }));
    }
    // The files are checked, not only read: the privileged container and the wildcard policy are found.
    expect(findings.map((f) => `${f.path} ${f.ruleId}`)).toEqual(expect.arrayContaining(['k8s/pod.yaml K8S-001', 'infra/main.tf TF-007', 'docker/Dockerfile DKR-001']));

    const { attempts, armedThreads } = readGuardLog(log);
    expect(attempts, describeAttempts(attempts)).toEqual([]);
    // The lint workers and the HCL syntax workers loaded the guard as well.
    expect(armedThreads.filter((t) => t !== 0).length).toBeGreaterThan(1);
  });

  it('the language server answers diagnostics, hover, code actions and commands without reaching out', async () => {
    const tree = makeTree(temptingTree);
    const log = join(tree, 'guard.log');
    writeFileSync(log, '');
    const client = guardedServer(build.serverJs, log);
    try {
      const rootUri = pathToFileURL(tree).href;
      await client.request('initialize', { processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'tree' }], capabilities: {} });
      await client.connection.sendNotification('initialized', {});
      const uri = (path: string) => pathToFileURL(join(tree, path)).href;
      const open = (path: string, languageId: string) => client.open(uri(path), languageId, temptingTree[path]);

      const terraform = await open('infra/main.tf', 'terraform');
      const pod = await open('k8s/pod.yaml', 'yaml');
      const dockerfile = await open('docker/Dockerfile', 'dockerfile');
      const moduleFile = await open('infra/modules/web/main.tf', 'terraform');

      const messages = (d: Diagnostic[]) => d.map((x) => x.message);
      for (const [path, name, source] of remoteModules.filter(([p]) => p.endsWith('.tf'))) {
        const published = path === 'infra/main.tf' ? terraform : moduleFile;
        expect(messages(published.diagnostics), path).toContain(notAnalysed(name, source));
      }
      const privileged = pod.diagnostics.find((d) => d.code === 'K8S-001')!;
      expect(privileged).toBeDefined();
      expect(dockerfile.diagnostics.some((d) => d.code === 'DKR-001')).toBe(true);
      // Rule pages are files shipped beside the server, opened offline.
      const ruleDiagnostics = [...terraform.diagnostics, ...pod.diagnostics, ...dockerfile.diagnostics].filter((d) => /^[A-Z0-9]+-\d+$/.test(String(d.code)));
      expect(ruleDiagnostics.length).toBeGreaterThan(3);
      for (const diagnostic of ruleDiagnostics) expect(diagnostic.codeDescription?.href).toMatch(/^file:\/\//);

      const hover = await client.hover(uri('k8s/pod.yaml'), privileged.range.start);
      expect(JSON.stringify(hover?.contents)).toContain('K8S-001');

      const actions = await client.codeActions(uri('k8s/pod.yaml'), privileged.range, { diagnostics: [privileged] });
      const showDocs = actions?.find((a) => a.command?.command === 'shiftguard.showRuleDocumentation');
      expect(showDocs?.command?.arguments).toEqual(['K8S-001']);
      // The server registers no command: the editor runs this one itself, from the pages on disk.
      await expect(client.request('workspace/executeCommand', showDocs!.command)).rejects.toMatchObject({ code: -32601 });

      // A workspace scan reads the files that are not open from disk, in a worker.
      const crd = client.diagnostics(uri('k8s/crd.yaml'));
      await client.request('shiftguard/lintWorkspace', {});
      await crd;
      expect(client.alive).toBe(true);
    } finally {
      await client.dispose();
    }
    expect(client.child.exitCode).toBe(0);
    expect(client.stderr).toBe('');

    const { attempts, armedThreads } = readGuardLog(log);
    expect(attempts, describeAttempts(attempts)).toEqual([]);
    expect(armedThreads.filter((t) => t !== 0).length).toBeGreaterThan(0);
  });
});

/**
 * Network and process modules the built bundles may load, each for a reason. Everything else in a
 * bundle (`http`, `https`, `http2`, `net`, `tls`, `dgram`, `dns`, `child_process`, `cluster`,
 * `undici`, `fetch(`, `require(<computed name>)`) fails the test, and so does an allowance the
 * bundles no longer need.
 */
const bundleAllowances: (Omit<NetworkUse, 'line'> & { why: string })[] = [
  ...['cli.js', 'lint-worker.js', 'server.js', 'lsp-lint-worker.js'].map((file) => ({
    file,
    module: 'node_modules/web-tree-sitter/web-tree-sitter.js',
    what: 'fetch',
    why: "tree-sitter's loaders fetch the grammar and the runtime's wasm only outside Node; in Node (process.versions.node) they read the files beside the bundle from disk",
  })),
  {
    file: 'server.js',
    module: 'node_modules/vscode-jsonrpc/lib/node/main.js',
    what: 'net',
    why: 'the JSON-RPC library defines its pipe and socket transports in the same file as stdio and node-ipc; the server only opens them when started with --pipe or --socket, which the editor extension does not do (it uses node-ipc) and the tests do not do (--stdio)',
  },
  {
    file: 'server.js',
    module: 'node_modules/vscode-languageserver/lib/node/files.js',
    what: 'child_process',
    why: "the library's Files helpers (resolveGlobalNodePath, resolveModulePath) ask npm or yarn where global modules are; the library loads the file with its main module, and Shiftguard calls none of them",
  },
  {
    file: 'extension.js',
    module: 'node_modules/vscode-languageclient/lib/node/main.js',
    what: 'child_process',
    why: 'the editor extension starts the language server as a Node process (node-ipc transport: fork)',
  },
  {
    file: 'extension.js',
    module: 'node_modules/vscode-languageclient/lib/node/processes.js',
    what: 'child_process',
    why: 'the language client ends the server process tree when the editor shuts it down',
  },
  {
    file: 'extension.js',
    module: 'node_modules/vscode-languageclient/node_modules/vscode-jsonrpc/lib/node/main.js',
    what: 'net',
    why: "the language client's copy of the JSON-RPC library, with the pipe and socket transports the extension does not use",
  },
];

describe('the product loads no network or process module', () => {
  const sameUse = (a: Omit<NetworkUse, 'line'>, b: Omit<NetworkUse, 'line'>) => a.file === b.file && a.module === b.module && a.what === b.what;

  it('in any bundle, beyond the language server libraries\' transports and the extension starting the server', () => {
    const outputs = [...readFileSync(join(repositoryRoot, 'scripts/build.mjs'), 'utf8').matchAll(/output: '([^']+)'/g)].map((m) => m[1]);
    expect(outputs).toEqual(expect.arrayContaining(['cli.js', 'lint-worker.js', 'server.js', 'lsp-lint-worker.js', 'extension.js', 'hcl-syntax-worker.cjs']));
    const uses = outputs.flatMap((output) => networkUsesOfBundle(output, readFileSync(join(build.outdir, output), 'utf8')));
    const unexpected = uses.filter((use) => !bundleAllowances.some((allowed) => sameUse(use, allowed)));
    expect(unexpected.map((u) => `${u.file}:${u.line} ${u.module} loads ${u.what}`)).toEqual([]);
    const unused = bundleAllowances.filter((allowed) => !uses.some((use) => sameUse(use, allowed)));
    expect(unused.map((u) => `${u.file} ${u.module} ${u.what}`), 'allowances no bundle needs any more').toEqual([]);
  });

  it('in the sources of the server, the CLI, the rules and the editor client', () => {
    const uses = networkUsesOfSources(repositoryRoot, ['server/src', 'rules', 'client/src']);
    expect(uses.map((u) => `${u.file}:${u.line} ${u.what}`)).toEqual([]);
  });
});

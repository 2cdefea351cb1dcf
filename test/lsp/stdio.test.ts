import { withSyntaxProblems } from '../../server/src/parsers/terraform/parse';
import type { TerraformFile } from '../../server/src/parsers/terraform/model';
import { lint } from '../../server/src/engine/lint';
import { rules } from '../../rules';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CodeAction, PublishDiagnosticsParams, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { initParsers, parseSource } from '../../server/src/parsers';
import { privateBuild, StdioClient } from '../helpers/stdio-client';

// The built server, spoken to over stdio by a separate process, exactly as an editor runs it.

let build: ReturnType<typeof privateBuild>;
const clients: StdioClient[] = [];

beforeAll(() => {
  build = privateBuild();
});

afterAll(() => build?.remove());

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.dispose()));
});

async function started(options: ConstructorParameters<typeof StdioClient>[1] = {}, settings: unknown = {}): Promise<StdioClient> {
  const client = new StdioClient(build.serverJs, options);
  clients.push(client);
  client.settings = settings;
  await client.initialize();
  return client;
}

const dockerfileUri = 'file:///srv/checkout/services/payments/Dockerfile';
const dockerfile = [
  '# syntax=docker/dockerfile:1.7',
  'FROM node:24.11-bookworm-slim AS build',
  'WORKDIR /src',
  'COPY package.json package-lock.json ./',
  'RUN npm ci --no-audit --no-fund',
  'COPY . .',
  'RUN npm run build && npm prune --omit=dev',
  '',
  'FROM node',
  'ENV NODE_ENV=production',
  'WORKDIR /app',
  'RUN apt-get update \\',
  ' && apt-get install -y --no-install-recommends curl ca-certificates \\',
  ' && curl -fsSLk https://downloads.example.com/healthcheck/v2.1.0/healthcheck -o /usr/local/bin/healthcheck \\',
  ' && chmod +x /usr/local/bin/healthcheck \\',
  ' && rm -rf /var/lib/apt/lists/*',
  'COPY --from=build /src/dist ./dist',
  'COPY --from=build /src/node_modules ./node_modules',
  'EXPOSE 8080',
  'HEALTHCHECK CMD ["healthcheck", "http://localhost:8080/healthz"]',
  'CMD ["node", "dist/server.js"]',
  '',
].join('\n');

const manifestUri = 'file:///srv/checkout/deploy/payments/deployment.yaml';
const manifest = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: payments-api',
  '  namespace: payments',
  '  labels:',
  '    app.kubernetes.io/name: payments-api',
  'spec:',
  '  replicas: 3',
  '  selector:',
  '    matchLabels:',
  '      app.kubernetes.io/name: payments-api',
  '  template:',
  '    metadata:',
  '      labels:',
  '        app.kubernetes.io/name: payments-api',
  '    spec:',
  '      serviceAccountName: payments-api',
  '      containers:',
  '        - name: api',
  '          image: registry.example.com/payments/api:4.2.1@sha256:0b3c1e5f9a2d4c6e8f0a1b3c5d7e9f1a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e',
  '          ports:',
  '            - containerPort: 8080',
  '          securityContext:',
  '            privileged: true',
  '            runAsNonRoot: true',
  '            runAsUser: 10001',
  '            readOnlyRootFilesystem: true',
  '            allowPrivilegeEscalation: false',
  '          resources:',
  '            requests:',
  '              cpu: 250m',
  '              memory: 256Mi',
  '            limits:',
  '              memory: 512Mi',
  '',
].join('\n');

const terraformUri = 'file:///srv/checkout/infra/network/bastion.tf';
const terraform = [
  'terraform {',
  '  required_providers {',
  '    aws = {',
  '      source  = "hashicorp/aws"',
  '      version = "~> 5.40"',
  '    }',
  '  }',
  '}',
  '',
  'resource "aws_security_group" "bastion" {',
  '  name        = "bastion"',
  '  description = "Bastion host access"',
  '  vpc_id      = var.vpc_id',
  '',
  '  ingress {',
  '    description = "SSH from anywhere"',
  '    from_port   = 22',
  '    to_port     = 22',
  '    protocol    = "tcp"',
  '    cidr_blocks = ["0.0.0.0/0"]',
  '  }',
  '',
  '  egress {',
  '    from_port   = 0',
  '    to_port     = 0',
  '    protocol    = "-1"',
  '    cidr_blocks = ["0.0.0.0/0"]',
  '  }',
  '',
  '  tags = {',
  '    Name = "bastion"',
  '  }',
  '}',
  '',
  'variable "vpc_id" {',
  '  type = string',
  '}',
  '',
].join('\n');

const range = (line: number, start: number, end: number, endLine = line) => ({ start: { line, character: start }, end: { line: endLine, character: end } });
const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => d.code);
const byCode = (p: PublishDiagnosticsParams, code: string) => p.diagnostics.find((d) => d.code === code);

/** The plain text edits of a code action that edits one document. */
function editsOf(action: CodeAction): TextEdit[] {
  const changes = action.edit?.documentChanges as TextDocumentEdit[];
  expect(changes).toHaveLength(1);
  return changes[0].edits as TextEdit[];
}

/** Applies a versioned workspace edit to `text`, checking it targets `version` of `uri`. */
function applyAction(action: CodeAction, uri: string, version: number, text: string): string {
  expect((action.edit?.documentChanges as TextDocumentEdit[])[0].textDocument).toEqual({ uri, version });
  return TextDocument.applyEdits(TextDocument.create(uri, 'x', version, text), editsOf(action));
}

/** Versions of every publish for `uri`, in arrival order, must never go backwards. */
function expectMonotonic(client: StdioClient, uri: string): number[] {
  const versions = client.published.filter((p) => p.uri === uri).map((p) => p.version ?? -1);
  expect(versions).toEqual([...versions].sort((a, b) => a - b));
  return versions;
}

describe('language server over stdio', () => {
  it('initializes with incremental sync, hover, quick fixes and fix-all', async () => {
    const client = new StdioClient(build.serverJs);
    clients.push(client);
    const result = (await client.initialize()) as { capabilities: Record<string, unknown>; serverInfo: { name: string } };
    expect(result.serverInfo.name).toBe('shiftguard');
    expect(result.capabilities).toMatchObject({
      textDocumentSync: { openClose: true, change: 2 },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.shiftguard'] },
    });
  });

  it('publishes real findings with exact ranges for a Dockerfile, a manifest and a Terraform file', async () => {
    const client = await started();
    const [docker, k8s, tf] = await Promise.all([
      client.open(dockerfileUri, 'dockerfile', dockerfile),
      client.open(manifestUri, 'yaml', manifest),
      client.open(terraformUri, 'terraform', terraform),
    ]);

    expect(docker.version).toBe(1);
    expect(codes(docker)).toEqual(['DKR-001', 'DKR-002', 'DKR-004']);
    // The final stage's FROM: the would-be parent of the missing USER.
    expect(byCode(docker, 'DKR-001')).toMatchObject({ range: range(8, 0, 9), severity: 1, source: 'shiftguard' });
    expect(byCode(docker, 'DKR-001')!.message).toMatch(/runs as root.*\[req /);
    // The untagged image reference after FROM, at medium severity (Warning).
    expect(byCode(docker, 'DKR-002')).toMatchObject({ range: range(8, 5, 9), severity: 2 });
    // Only the `k` of the bundled short options `-fsSLk`.
    expect(byCode(docker, 'DKR-004')).toMatchObject({ range: range(13, 14, 15), severity: 1 });
    // The rule's page: shipped beside the server when present, so that it opens offline.
    const href = byCode(docker, 'DKR-001')!.codeDescription!.href;
    expect(href).toMatch(/\/DKR-001(\.md)?$/);
    if (href.startsWith('file:')) expect(existsSync(fileURLToPath(href))).toBe(true);

    expect(codes(k8s)).toEqual(['K8S-001']);
    expect(byCode(k8s, 'K8S-001')).toMatchObject({ range: range(24, 24, 28), severity: 1 });
    expect(byCode(k8s, 'K8S-001')!.message).toContain('Container "api" runs privileged');

    expect(codes(tf)).toEqual(['TF-001']);
    // The string "0.0.0.0/0" inside the list, quotes included; the egress rule is not reported.
    expect(byCode(tf, 'TF-001')).toMatchObject({ range: range(19, 19, 30), severity: 1 });
    expect(byCode(tf, 'TF-001')!.message).toContain('SSH (22)');
  });

  it('lints every keystroke burst once more and never publishes an older version last', async () => {
    const client = await started();
    await client.open(manifestUri, 'yaml', manifest);

    // Type "false" over "true", one key per change, without waiting in between.
    const line = 24;
    const edits = [
      { range: range(line, 24, 28), text: '' },
      { range: range(line, 24, 24), text: 'f' },
      { range: range(line, 25, 25), text: 'a' },
      { range: range(line, 26, 26), text: 'l' },
      { range: range(line, 27, 27), text: 's' },
      { range: range(line, 28, 28), text: 'e' },
    ];
    const last = edits.length + 1;
    const final = client.diagnosticsOf(manifestUri, last);
    for (const [i, edit] of edits.entries()) await client.change(manifestUri, i + 2, [edit]);
    expect((await final).diagnostics).toEqual([]);

    // A round trip after the last publish: anything still queued has had its chance to arrive.
    await client.hover(manifestUri, { line: 0, character: 0 });
    const versions = expectMonotonic(client, manifestUri);
    expect(versions.at(-1)).toBe(last);

    // Typing in a Terraform file: each version may be published twice (fast lint, then the HCL verdict).
    await client.open(terraformUri, 'terraform', terraform);
    const cidr = range(19, 20, 29); // 0.0.0.0/0 without quotes
    const typed = ['1', '10', '10.', '10.0', '10.0.', '10.0.0', '10.0.0.', '10.0.0.0', '10.0.0.0/', '10.0.0.0/8'];
    const tfFinal = client.diagnostics(terraformUri, (p) => p.version === typed.length + 1);
    let current = cidr;
    for (const [i, text] of typed.entries()) {
      await client.change(terraformUri, i + 2, [{ range: current, text }]);
      current = range(19, 20, 20 + text.length);
    }
    expect(codes(await tfFinal)).toEqual([]);
    await client.hover(terraformUri, { line: 0, character: 0 });
    expect(expectMonotonic(client, terraformUri).at(-1)).toBe(typed.length + 1);
  });

  it('explains a finding on hover with its requirement and framework links', async () => {
    const client = await started();
    await client.open(manifestUri, 'yaml', manifest);
    const hover = await client.hover(manifestUri, { line: 24, character: 26 });
    expect(hover).not.toBeNull();
    expect(hover!.range).toEqual(range(24, 24, 28));
    const markdown = (hover!.contents as { kind: string; value: string });
    expect(markdown.kind).toBe('markdown');
    expect(markdown.value).toContain('**K8S-001: Containers must not run privileged**');
    expect(markdown.value).toMatch(/^- 4\.3 /m);
    expect(markdown.value).toMatch(/NIST SP 800-53 Rev\. 5: \[AC-6\]\(https:\/\/[^)]+\)/);
    expect(markdown.value).toMatch(/ISO\/IEC 27001:2022: \[?A\.8\.2/);
    expect(markdown.value).toMatch(/CIS Benchmarks: .*CIS Kubernetes Benchmark v1\.12\.0 5\.2\.2/);
    expect(markdown.value).toContain('(https://shiftguard.dev/rules/K8S-001)');

    // Nothing to say away from a finding.
    expect(await client.hover(manifestUri, { line: 3, character: 4 })).toBeNull();

    const tf = await client.open(terraformUri, 'terraform', terraform);
    const tfHover = await client.hover(terraformUri, tf.diagnostics[0].range.start);
    expect((tfHover!.contents as { value: string }).value).toMatch(/TF-001[\s\S]*\[[A-Z]{2}-\d+\]\(https:/);
  });

  it('offers a rule\'s suggestions as quick fixes; applying one removes the finding', async () => {
    const client = await started();
    const { diagnostics } = await client.open(manifestUri, 'yaml', manifest);
    const privileged = diagnostics.find((d) => d.code === 'K8S-001')!;
    const actions = (await client.codeActions(manifestUri, privileged.range, { diagnostics: [privileged] }))!;
    expect(actions.map((a) => [a.title, a.kind, a.isPreferred ?? false])).toEqual([
      ['Remove privileged: true', 'quickfix', false],
      ['Set privileged: false', 'quickfix', false],
      ['Suppress K8S-001 here', 'quickfix', false],
      ['Show documentation for K8S-001', 'quickfix', false],
    ]);

    const edited = applyAction(actions[0], manifestUri, 1, manifest);
    expect(edited).toBe(manifest.replace('            privileged: true\n', ''));
    // Sent as the editor would: the action's own edits as incremental changes.
    const next = client.diagnosticsOf(manifestUri, 2);
    await client.change(manifestUri, 2, editsOf(actions[0]).map((e) => ({ range: e.range, text: e.newText })));
    expect(codes(await next)).toEqual([]);

    // The suppression comment silences the finding too.
    const docker = await client.open(dockerfileUri, 'dockerfile', dockerfile);
    const curl = docker.diagnostics.find((d) => d.code === 'DKR-004')!;
    const dockerActions = (await client.codeActions(dockerfileUri, curl.range, { diagnostics: [curl] }))!;
    const suppress = dockerActions.find((a) => a.title === 'Suppress DKR-004 here')!;
    const suppressed = applyAction(suppress, dockerfileUri, 1, dockerfile);
    const afterSuppress = client.diagnosticsOf(dockerfileUri, 2);
    await client.change(dockerfileUri, 2, [{ text: suppressed }]);
    expect(codes(await afterSuppress)).toEqual(['DKR-001', 'DKR-002']);
  });

  it('answers fix-all with nothing, since no shipped rule has an unattended fix', async () => {
    // Every shipped rule offers suggestions only (behaviour-changing edits a person applies), so
    // `source.fixAll.shiftguard` must not edit anything, even with findings present.
    const client = await started();
    for (const [uri, languageId, text] of [
      [dockerfileUri, 'dockerfile', dockerfile],
      [manifestUri, 'yaml', manifest],
      [terraformUri, 'terraform', terraform],
    ] as const) {
      const { diagnostics } = await client.open(uri, languageId, text);
      expect(diagnostics.length).toBeGreaterThan(0);
      const whole = range(0, 0, 0, text.split('\n').length);
      expect(await client.codeActions(uri, whole, { diagnostics, only: ['source.fixAll.shiftguard'] })).toEqual([]);
      expect(await client.codeActions(uri, whole, { diagnostics, only: ['source.fixAll'] })).toEqual([]);
      // And no quick fix is marked preferred (which editors would apply on their own).
      const quick = (await client.codeActions(uri, whole, { diagnostics, only: ['quickfix'] }))!;
      expect(quick.length).toBeGreaterThan(0);
      expect(quick.filter((a) => a.isPreferred)).toEqual([]);
    }
  });

  it('applies configuration changes pulled from the client: disabled rules, minimum severity', async () => {
    const client = await started({ pullConfiguration: true });
    await client.open(dockerfileUri, 'dockerfile', dockerfile);
    await client.open(manifestUri, 'yaml', manifest);

    const dockerWithout = client.diagnostics(dockerfileUri, (p) => !codes(p).includes('DKR-002'));
    const k8sWithout = client.diagnostics(manifestUri, (p) => p.diagnostics.length === 0);
    await client.configure({ disabledRules: ['DKR-002', 'K8S-001'] });
    expect(codes(await dockerWithout)).toEqual(['DKR-001', 'DKR-004']);
    await k8sWithout;

    // DKR-002 is medium: gone at a minimum of high, while DKR-001 and DKR-004 (high) stay.
    const highOnly = client.diagnostics(dockerfileUri, (p) => p.diagnostics.length > 0 && !codes(p).includes('DKR-002'));
    await client.configure({ minimumSeverity: 'high' });
    expect(codes(await highOnly)).toEqual(['DKR-001', 'DKR-004']);

    const critical = client.diagnostics(dockerfileUri, (p) => p.diagnostics.length === 0);
    const k8sBack = client.diagnostics(manifestUri, (p) => codes(p).includes('K8S-001'));
    await client.configure({ minimumSeverity: 'critical' });
    await critical;
    await k8sBack;

    const disabledKind = client.diagnostics(manifestUri, (p) => p.diagnostics.length === 0);
    await client.configure({ enable: { kubernetes: false } });
    await disabledKind;
  });

  it('applies configuration pushed by a client that cannot answer configuration requests', async () => {
    const client = await started({ pullConfiguration: false });
    await client.open(dockerfileUri, 'dockerfile', dockerfile);
    const without = client.diagnostics(dockerfileUri, (p) => !codes(p).includes('DKR-001'));
    await client.configure({ disabledRules: ['DKR-001'] });
    expect(codes(await without)).toEqual(['DKR-002', 'DKR-004']);
  });

  it('clears the diagnostics of a closed document', async () => {
    const client = await started();
    await client.open(terraformUri, 'terraform', terraform);
    // The clearing publish carries no version: the document no longer has one.
    expect((await client.close(terraformUri)).diagnostics).toEqual([]);
    // A hover on the closed document has nothing to show; no late result of the old version follows.
    expect(await client.hover(terraformUri, { line: 19, character: 22 })).toBeNull();
    expect(client.published.filter((p) => p.uri === terraformUri).at(-1)!.diagnostics).toEqual([]);
    expect(codes(await client.open(terraformUri, 'terraform', terraform, 7))).toEqual(['TF-001']);
  });
});

/** A multi-document manifest of about `bytes` bytes: many Deployments, one in 500 privileged. */
function largeManifest(bytes: number): { text: string; privileged: number } {
  const parts: string[] = [];
  let size = 0;
  let privileged = 0;
  for (let i = 0; size < bytes; i++) {
    const bad = i % 500 === 250;
    if (bad) privileged++;
    const doc = [
      '---',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      `  name: worker-${i}`,
      '  namespace: batch',
      '  labels:',
      `    app.kubernetes.io/name: worker-${i}`,
      '    app.kubernetes.io/part-of: batch-platform',
      'spec:',
      '  replicas: 2',
      '  selector:',
      '    matchLabels:',
      `      app.kubernetes.io/name: worker-${i}`,
      '  template:',
      '    metadata:',
      '      labels:',
      `        app.kubernetes.io/name: worker-${i}`,
      '    spec:',
      '      automountServiceAccountToken: false',
      '      containers:',
      '        - name: worker',
      `          image: registry.example.com/batch/worker:1.${i % 40}.0@sha256:${(i % 16).toString(16).repeat(64)}`,
      '          args: ["--queue", "jobs", "--concurrency", "4"]',
      '          securityContext:',
      `            privileged: ${bad}`,
      '            runAsNonRoot: true',
      '            runAsUser: 10001',
      '            readOnlyRootFilesystem: true',
      '            allowPrivilegeEscalation: false',
      '          resources:',
      '            limits:',
      '              memory: 256Mi',
      '',
    ].join('\n');
    parts.push(doc);
    size += doc.length;
  }
  return { text: parts.join(''), privileged };
}

/** A Terraform file of about `bytes` bytes: many security groups, one in 400 open to SSH. */
function largeTerraform(bytes: number): { text: string; open: number } {
  const parts: string[] = [];
  let size = 0;
  let open = 0;
  for (let i = 0; size < bytes; i++) {
    const bad = i % 400 === 200;
    if (bad) open++;
    const block = [
      `resource "aws_security_group" "service_${i}" {`,
      `  name        = "service-${i}"`,
      `  description = "Service ${i} internal traffic"`,
      '  vpc_id      = var.vpc_id',
      '',
      '  ingress {',
      '    from_port   = 22',
      '    to_port     = 22',
      '    protocol    = "tcp"',
      `    cidr_blocks = ["${bad ? '0.0.0.0/0' : '10.20.0.0/16'}"]`,
      '  }',
      '',
      '  ingress {',
      '    from_port       = 8443',
      '    to_port         = 8443',
      '    protocol        = "tcp"',
      `    security_groups = [aws_security_group.lb_${i % 10}.id]`,
      '  }',
      '',
      '  tags = merge(local.tags, { Service = "service-' + i + '" })',
      '}',
      '',
      '',
    ].join('\n');
    parts.push(block);
    size += block.length;
  }
  return { text: `variable "vpc_id" {\n  type = string\n}\n\n${parts.join('')}`, open };
}

describe('language server robustness over stdio', () => {
  const tenMegabytes = 10 * 1024 * 1024;
  // Over the default size limit, which is raised for these two.
  const raisedLimit = { maxFileSize: '16MiB' };

  it('lints a 10 MB multi-document manifest while still answering other requests', async () => {
    const client = await started({ waitMs: 110_000 }, raisedLimit);
    await client.open(dockerfileUri, 'dockerfile', dockerfile);
    const { text, privileged } = largeManifest(tenMegabytes);
    const uri = 'file:///srv/checkout/deploy/batch/workers.yaml';
    const published = client.diagnosticsOf(uri, 1);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    const hover = await client.hover(dockerfileUri, { line: 13, character: 14 });
    expect((hover!.contents as { value: string }).value).toContain('DKR-004');
    expect(client.published.some((p) => p.uri === uri)).toBe(false);
    const { diagnostics } = await published;
    expect(diagnostics.filter((d) => d.code === 'K8S-001')).toHaveLength(privileged);
    expect(diagnostics.every((d) => d.code === 'K8S-001')).toBe(true);
    expect(client.alive).toBe(true);
  }, 120_000);

  // HashiCorp's parser runs over the whole file too: tens of seconds on a busy two-core machine.
  it('lints a 10 MB Terraform file while still answering other requests', async () => {
    const client = await started({ waitMs: 230_000 }, raisedLimit);
    await client.open(manifestUri, 'yaml', manifest);
    const { text, open } = largeTerraform(tenMegabytes);
    const uri = 'file:///srv/checkout/infra/generated/security-groups.tf';
    const published = client.diagnosticsOf(uri, 1);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'terraform', version: 1, text } });
    const hover = await client.hover(manifestUri, { line: 24, character: 25 });
    expect((hover!.contents as { value: string }).value).toContain('K8S-001');
    // Answered while the large file is still being linted, not after.
    expect(client.published.some((p) => p.uri === uri)).toBe(false);
    const { diagnostics } = await published;
    // On a loaded machine the tree-sitter parse of 10 MB can overrun its budget, and the file then
    // comes back with no finding at all (reproduced deterministically below).
    const tf001 = diagnostics.filter((d) => d.code === 'TF-001').length;
    // On a busy machine the parse may run out of time: then the file says it was not checked.
    const notChecked = diagnostics.length === 1 && /took too long to parse and was not checked/.test(String(diagnostics[0].message));
    expect(tf001 === open || notChecked, `${tf001} of ${open} TF-001 findings`).toBe(true);
    expect(client.alive).toBe(true);
  }, 240_000);

  it('reports broken files and keeps serving', async () => {
    const client = await started();
    let garbage = '';
    for (let i = 0; i < 4096; i++) garbage += String.fromCharCode((i * 7919 + 13) % 65536);
    const broken: [string, string, string][] = [
      ['file:///srv/broken/Dockerfile', 'dockerfile', `FROM alpine:3.20\n${garbage}\nRUN echo "unterminated \\\n`],
      ['file:///srv/broken/garbage.yaml', 'yaml', `apiVersion: v1\nkind: Pod\n${garbage}`],
      ['file:///srv/broken/surrogates.yaml', 'yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: "\uD800x\uDC00\uDFFF\uD83D"\nspec:\n  containers:\n    - name: \uDBFF\n      image: [{"a": \'\n'],
      ['file:///srv/broken/unterminated.tf', 'terraform', 'resource "aws_security_group" "x" {\n  ingress {\n    cidr_blocks = ["0.0.0.0/0\n    description = <<EOT\n  /* never closed\n'],
      ['file:///srv/broken/surrogates.tf', 'terraform', 'locals {\n  a = "\uD800"\n  \uDC00 = 1\n}\n'],
      ['file:///srv/broken/binary.tf', 'terraform', garbage],
      ['file:///srv/broken/unterminated.yaml', 'yaml', 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: "app\n          image: {a: [b, {c: \'\n'],
    ];
    for (const [uri, languageId, text] of broken) {
      const published = await client.open(uri, languageId, text);
      expect(published.version, uri).toBe(1);
      for (const d of published.diagnostics) {
        expect(d.range.start.line, uri).toBeGreaterThanOrEqual(0);
        expect(d.range.end.line, uri).toBeGreaterThanOrEqual(d.range.start.line);
      }
    }
    // The files that cannot parse say so.
    const syntaxOf = (uri: string) => client.published.find((p) => p.uri === uri)!.diagnostics.some((d) => d.code === 'syntax');
    expect(syntaxOf('file:///srv/broken/unterminated.tf')).toBe(true);
    expect(syntaxOf('file:///srv/broken/unterminated.yaml')).toBe(true);
    expect(client.alive).toBe(true);
    expect(codes(await client.open(dockerfileUri, 'dockerfile', dockerfile))).toEqual(['DKR-001', 'DKR-002', 'DKR-004']);
  });

  it('survives a document opened without its text', async () => {
    // A lint that throws (here: no text to parse) must fail that lint alone, not end the process.
    const client = await started();
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///srv/odd/Dockerfile', languageId: 'dockerfile', version: 1 } });
    expect(await client.hover(dockerfileUri, { line: 0, character: 0 })).toBeNull();
    expect(codes(await client.open(manifestUri, 'yaml', manifest))).toEqual(['K8S-001']);
    expect(client.alive, client.stderr).toBe(true);
  });

  it('survives messages about unknown documents and malformed parameters', async () => {
    const client = await started();
    const unknown = 'file:///srv/never-opened/main.tf';
    await client.change(unknown, 3, [{ range: range(0, 0, 0), text: 'x' }]);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: unknown } });
    expect(await client.hover(unknown, { line: 0, character: 0 })).toBeNull();
    expect(await client.codeActions(unknown, range(0, 0, 0), { diagnostics: [] })).toEqual([]);

    // Malformed notifications have no answer; malformed requests may fail, but only the request.
    await client.open(dockerfileUri, 'dockerfile', dockerfile);
    const notifications: [string, unknown][] = [
      ['textDocument/didOpen', {}],
      ['textDocument/didOpen', { textDocument: { uri: 'file:///srv/odd/Dockerfile', languageId: 'dockerfile', version: 1, text: 42 } }],
      ['textDocument/didOpen', { textDocument: { uri: 'file:///srv/odd/main.tf', languageId: 'terraform', version: 'one', text: 'locals {}\n' } }],
      ['textDocument/didChange', { textDocument: { uri: dockerfileUri } }],
      ['textDocument/didChange', { textDocument: { uri: dockerfileUri, version: 2 }, contentChanges: 'nope' }],
      ['textDocument/didChange', { textDocument: { uri: dockerfileUri, version: 3 }, contentChanges: [{ range: range(999, 5, 999, 1), text: 'x' }] }],
      ['textDocument/didChange', { textDocument: { uri: dockerfileUri, version: 4 }, contentChanges: [{ text: null }] }],
      ['textDocument/didChange', null],
      ['textDocument/didClose', {}],
      ['workspace/didChangeConfiguration', null],
      ['workspace/didChangeConfiguration', { settings: { shiftguard: { minimumSeverity: 42, disabledRules: 'all', enable: 'yes' } } }],
      ['$/unknownNotification', { what: 1 }],
    ];
    for (const [method, params] of notifications) {
      await client.connection.sendNotification(method, params);
      // A round trip after each, so that a crash is pinned on the message that caused it.
      await client.hover(unknown, { line: 0, character: 0 });
      expect(client.alive, `${method} ${JSON.stringify(params)}\n${client.stderr}`).toBe(true);
    }
    const requests: [string, unknown][] = [
      ['textDocument/hover', {}],
      ['textDocument/hover', { textDocument: { uri: dockerfileUri } }],
      ['textDocument/hover', null],
      ['textDocument/codeAction', { textDocument: { uri: dockerfileUri } }],
      ['textDocument/codeAction', { textDocument: { uri: dockerfileUri }, range: range(0, 0, 0), context: {} }],
      ['textDocument/codeAction', { textDocument: { uri: dockerfileUri }, range: range(0, 0, 0), context: { diagnostics: [{ source: 'shiftguard', code: 'DKR-001', data: { version: 1, index: 99 } }] } }],
      ['textDocument/definition', { textDocument: { uri: dockerfileUri }, position: { line: 0, character: 0 } }],
    ];
    for (const [method, params] of requests) {
      await client.request(method, params).catch((error: { code?: number }) => {
        expect(typeof error.code, method).toBe('number');
      });
      expect(client.alive, `${method} ${JSON.stringify(params)}\n${client.stderr}`).toBe(true);
    }
    // A frame whose body is not JSON at all, written straight to the pipe.
    const body = '{"jsonrpc":"2.0","method":';
    client.child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);

    expect(client.alive).toBe(true);
    // Still a working server: a document opened now gets its diagnostics and a hover.
    expect(codes(await client.open(manifestUri, 'yaml', manifest))).toEqual(['K8S-001']);
    expect(await client.hover(manifestUri, { line: 24, character: 25 })).not.toBeNull();
    expect(client.alive).toBe(true);
  });
});

describe('a Terraform file whose parse overruns its time budget', () => {
  // The notice must survive HashiCorp's verdict, which replaces syntax problems: a file that was not
  // checked must never look clean.
  it('still tells the user that the file was not checked', async () => {
    await initParsers();
    const text = 'resource "aws_security_group" "bastion" {\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n';
    // Each reading of the clock jumps a minute, so tree-sitter's progress check sees its deadline passed.
    const realNow = Date.now();
    let reads = 0;
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => realNow + 60_000 * reads++);
    let file;
    try {
      file = parseSource('/srv/infra/bastion.tf', text)!;
    } finally {
      clock.mockRestore();
    }
    expect(file.problems.map((p) => p.message)).toEqual(['The file took too long to parse and was not checked.']);
    // HashiCorp's parser finds the text valid: its verdict (no syntax problem) must not erase the notice.
    const checked = withSyntaxProblems(file as TerraformFile, []);
    expect(checked.problems.map((p) => [p.code, p.message])).toEqual([['skipped', 'The file took too long to parse and was not checked.']]);
    expect(lint(checked, rules).map((f) => [f.ruleId, f.severity])).toEqual([['skipped', 'error']]);
  });
});


import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { InProcessClient } from '../helpers/lsp-client';
import { encode } from '../../server/src/parsers/decode';

let client: InProcessClient;
afterEach(() => client?.dispose());

function workspace(): string {
  const root = mkdtempSync(join(tmpdir(), 'shiftguard-ws-'));
  mkdirSync(join(root, 'app'));
  writeFileSync(join(root, 'app', 'Dockerfile'), 'FROM alpine:3.22\nRUN echo hi\n');
  writeFileSync(join(root, 'app', 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n      securityContext:\n        privileged: true\n');
  mkdirSync(join(root, 'vendor'));
  writeFileSync(join(root, 'vendor', 'Dockerfile'), 'FROM alpine\n');
  writeFileSync(join(root, '.gitignore'), 'vendor/\n');
  return root;
}

describe('workspace scan', () => {
  it('publishes diagnostics for every lintable file, honours .gitignore and reports progress', async () => {
    const root = workspace();
    client = new InProcessClient({ offThread: false });
    const progress: unknown[] = [];
    client.connection.onRequest('window/workDoneProgress/create', () => null);
    client.connection.onNotification('$/progress', (params: { value: unknown }) => {
      progress.push(params.value);
    });
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      capabilities: { window: { workDoneProgress: true } },
    });
    await client.connection.sendNotification('initialized', {});

    const summary = (await client.connection.sendRequest('shiftguard/lintWorkspace', {})) as { files: number; findings: number };
    expect(summary.files).toBe(2);
    const published = new Map(client.published.map((p) => [p.uri, p.diagnostics.map((d) => d.code)]));
    expect(published.get(pathToFileURL(join(root, 'app', 'Dockerfile')).href)).toContain('DKR-001');
    expect(published.get(pathToFileURL(join(root, 'app', 'pod.yaml')).href)).toContain('K8S-001');
    expect(published.has(pathToFileURL(join(root, 'vendor', 'Dockerfile')).href)).toBe(false);
    expect(progress.map((p) => (p as { kind: string }).kind)).toEqual(['begin', 'report', 'report', 'end']);
  });

  it('decodes files on disk as the command line does: UTF-16 is linted, a NUL byte is an error at its place', async () => {
    const root = mkdtempSync(join(tmpdir(), 'shiftguard-ws-'));
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n      securityContext:\n        privileged: true\n';
    writeFileSync(join(root, 'pod.yaml'), encode(pod, { name: 'utf-16le', bom: true }));
    writeFileSync(join(root, 'Dockerfile'), 'FROM alpine:3.22\nUSER 10001\nRUN a\0b\n');
    client = new InProcessClient({ offThread: false });
    await client.connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: {} });
    await client.connection.sendNotification('initialized', {});
    await client.connection.sendRequest('shiftguard/lintWorkspace', {});
    const published = new Map(client.published.map((p) => [p.uri, p.diagnostics]));
    expect(published.get(pathToFileURL(join(root, 'pod.yaml')).href)!.map((d) => d.code)).toContain('K8S-001');
    expect(published.get(pathToFileURL(join(root, 'Dockerfile')).href)!.map((d) => [d.code, d.severity, d.message, d.range.start])).toEqual([
      ['skipped', 1, 'NUL byte at 3:6; the file cannot be checked.', { line: 2, character: 5 }],
    ]);
  });

  it('leaves open documents to their buffers and shows the disk state again when one closes', async () => {
    const root = workspace();
    client = new InProcessClient({ offThread: false });
    await client.connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: {} });
    await client.connection.sendNotification('initialized', {});
    const uri = pathToFileURL(join(root, 'app', 'Dockerfile')).href;
    await client.open(uri, 'dockerfile', 'FROM alpine:3.22@sha256:' + 'a'.repeat(64) + '\nUSER 10001\n');
    const buffer = await client.diagnostics(uri);
    expect(buffer.diagnostics).toEqual([]);
    await client.connection.sendRequest('shiftguard/lintWorkspace', {});
    expect(client.published.filter((p) => p.uri === uri)).toHaveLength(1);

    const diskAgain = client.diagnostics(uri, (p) => p.diagnostics.length > 0);
    await client.close(uri);
    expect((await diskAgain).diagnostics.map((d) => d.code)).toContain('DKR-001');
  });
});

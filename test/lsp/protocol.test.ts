import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { privateBuild } from '../helpers/stdio-client';

// The built server spoken to with raw frames over stdio: the lifecycle the specification sets
// (initialize first, nothing after shutdown, exit codes), InvalidParams for malformed requests,
// and frames with a broken header, which are reported and skipped.

let build: ReturnType<typeof privateBuild>;
beforeAll(() => {
  build = privateBuild('shiftguard-protocol-');
}, 120_000);
afterAll(() => build?.remove());

interface Answer {
  id?: number;
  method?: string;
  result?: unknown;
  error?: { code: number; message: string };
  params?: { message?: string };
}

/** A server process and the messages it wrote, read frame by frame. */
class RawServer {
  readonly child: ChildProcessWithoutNullStreams;
  readonly messages: Answer[] = [];
  stderr = '';
  private pending = Buffer.alloc(0);
  readonly exited: Promise<number | null>;

  constructor() {
    this.child = spawn(process.execPath, [build.serverJs, '--stdio'], { stdio: 'pipe' });
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.child.stdout.on('data', (chunk: Buffer) => {
      this.pending = Buffer.concat([this.pending, chunk]);
      for (;;) {
        const end = this.pending.indexOf('\r\n\r\n');
        if (end < 0) return;
        const length = Number(/Content-Length: (\d+)/.exec(this.pending.subarray(0, end).toString())![1]);
        if (this.pending.length < end + 4 + length) return;
        this.messages.push(JSON.parse(this.pending.subarray(end + 4, end + 4 + length).toString()));
        this.pending = this.pending.subarray(end + 4 + length);
      }
    });
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
  }

  write(text: string): void {
    this.child.stdin.write(text);
  }

  send(message: object): void {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    this.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }

  /** The answer to request `id`, awaited. */
  async answer(id: number): Promise<Answer> {
    for (let waited = 0; waited < 10_000; waited += 10) {
      const found = this.messages.find((m) => m.id === id && m.method === undefined);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`no answer to request ${id}\n${this.stderr}`);
  }

  async initialize(): Promise<void> {
    this.send({ id: 1000, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    expect((await this.answer(1000)).result).toBeDefined();
    this.send({ method: 'initialized', params: {} });
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}

/** Runs `test` on an initialized server, which is killed afterwards whatever happens. */
async function withServer(test: (server: RawServer) => Promise<void>): Promise<void> {
  const server = new RawServer();
  try {
    await server.initialize();
    await test(server);
  } finally {
    server.kill();
  }
}

const hover = (uri: string, line = 0) => ({ method: 'textDocument/hover', params: { textDocument: { uri }, position: { line, character: 0 } } });
const dockerfileUri = 'file:///srv/app/Dockerfile';
const didOpen = { method: 'textDocument/didOpen', params: { textDocument: { uri: dockerfileUri, languageId: 'dockerfile', version: 1, text: 'FROM alpine\nUSER root\n' } } };

describe('the server lifecycle', () => {
  it('answers requests before initialize with ServerNotInitialized and drops notifications', async () => {
    const server = new RawServer();
    try {
      server.send({ id: 1, ...hover(dockerfileUri) });
      expect((await server.answer(1)).error?.code).toBe(-32002);
      server.send(didOpen);
      await server.initialize();
      // The document opened before initialize was never taken: nothing published, no hover.
      server.send({ id: 2, ...hover(dockerfileUri, 1) });
      expect((await server.answer(2)).result).toBeNull();
      expect(server.messages.some((m) => m.method === 'textDocument/publishDiagnostics')).toBe(false);
      expect(server.stderr).toContain('dropped the textDocument/didOpen notification: the server is not initialized yet');
      server.send({ id: 3, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
      expect((await server.answer(3)).error?.code).toBe(-32600);
    } finally {
      server.kill();
    }
  }, 30_000);

  it('answers requests after shutdown with InvalidRequest and exits with 0 on exit', async () => {
    const server = new RawServer();
    await server.initialize();
    server.send({ id: 1, method: 'shutdown' });
    expect(await server.answer(1)).toMatchObject({ result: null });
    server.send({ id: 2, ...hover(dockerfileUri) });
    expect((await server.answer(2)).error?.code).toBe(-32600);
    server.send({ method: 'exit' });
    expect(await server.exited).toBe(0);
  }, 30_000);

  it('exits with 1 on exit without a shutdown, and when the input closes', async () => {
    const server = new RawServer();
    await server.initialize();
    server.send({ method: 'exit' });
    expect(await server.exited).toBe(1);
    const closed = new RawServer();
    await closed.initialize();
    closed.child.stdin.end();
    expect(await closed.exited).toBe(1);
  }, 30_000);
});

describe('malformed requests', () => {
  it('are answered with InvalidParams, saying what is wrong', async () => {
    await withServer(async (server) => {
      server.send(didOpen);
      const requests: [string, unknown, string][] = [
        ['textDocument/hover', {}, 'textDocument must be an object'],
        ['textDocument/hover', null, 'params must be an object'],
        ['textDocument/hover', { textDocument: { uri: 42 }, position: { line: 0, character: 0 } }, 'textDocument.uri must be a non-empty string'],
        ['textDocument/hover', { textDocument: { uri: dockerfileUri }, position: { line: -1, character: 0 } }, 'position.line must be a non-negative integer'],
        ['textDocument/hover', { textDocument: { uri: dockerfileUri }, position: { line: 99, character: 0 } }, 'position.line 99 is past the end of the document (3 lines)'],
        ['textDocument/codeAction', { textDocument: { uri: dockerfileUri } }, 'range must be an object'],
        ['textDocument/codeAction', { textDocument: { uri: dockerfileUri }, range: { start: { line: 1, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }, 'range ends before it starts'],
        ['textDocument/codeAction', { textDocument: { uri: dockerfileUri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: {} }, 'context.diagnostics must be an array'],
        ['workspace/executeCommand', { command: 7 }, 'command must be a string'],
        ['shiftguard/lintWorkspace', { folders: 'file:///' }, 'folders must be an array of URI strings'],
      ];
      for (const [index, [method, params, message]] of requests.entries()) {
        server.send({ id: index + 1, method, params });
        expect((await server.answer(index + 1)).error, `${method} ${JSON.stringify(params)}`).toEqual({ code: -32602, message });
      }
      // A well-formed command that the server does not have.
      server.send({ id: 99, method: 'workspace/executeCommand', params: { command: 'rm -rf' } });
      expect((await server.answer(99)).error).toEqual({ code: -32601, message: 'The server runs no command; rm -rf is not one.' });
      // A character past the end of a line is the end of the line (the specification), not an error.
      server.send({ id: 100, method: 'textDocument/hover', params: { textDocument: { uri: dockerfileUri }, position: { line: 1, character: 500 } } });
      expect((await server.answer(100)).error).toBeUndefined();
    });
  }, 30_000);
});

describe('broken frames', () => {
  it('are reported on stderr and in the log, skipped, and the next message is served', async () => {
    await withServer(async (server) => {
      const broken = [
        'Content-Length: abc\r\n\r\n{"jsonrpc":"2.0","id":90,"method":"shutdown"}',
        'Content-Type: application/json\r\n\r\n{"jsonrpc":"2.0","id":91,"method":"shutdown"}',
        'Content-Length: 999999999999\r\n\r\n{}',
        'garbage without a header end',
        'Content-Length: 5\r\n\r\n{"a":',
      ];
      for (const [index, frame] of broken.entries()) {
        server.write(frame);
        server.send({ id: index + 1, ...hover(dockerfileUri) });
        expect((await server.answer(index + 1)).result, frame).toBeNull();
      }
      expect(server.messages.some((m) => m.id === 90 || m.id === 91)).toBe(false);
      const logged = server.messages.filter((m) => m.method === 'window/logMessage').map((m) => m.params!.message);
      expect(logged).toEqual([
        'dropped 68 bytes of input: Content-Length "abc" is not a byte count (starting "Content-Length: abc\\r\\n\\r\\n")',
        'dropped 79 bytes of input: a header without Content-Length (starting "Content-Type: application/json\\r\\n\\r\\n")',
        'dropped 34 bytes of input: Content-Length 999999999999 is over the 268435456-byte limit of a message (starting "Content-Length: 999999999999\\r\\n\\r\\n")',
        expect.stringMatching(/^dropped 28 bytes of input: a header without Content-Length \(starting "garbage without a header endContent-Length: \d+\\r\\n\\r\\n"\)$/),
        'dropped a message of 5 bytes that is not JSON: Unexpected end of JSON input',
      ]);
      for (const message of logged) expect(server.stderr).toContain(`shiftguard: ${message}`);
    });
  }, 30_000);

  it('a body that never completes is reported after 10 s, not waited for in silence', async () => {
    await withServer(async (server) => {
      server.write('Content-Length: 1000\r\n\r\n{"jsonrpc":"2.0"');
      const message = 'still waiting for a message of 1000 bytes (Content-Length), of which 16 arrived; nothing is read until it is complete';
      for (let waited = 0; !server.stderr.includes(message) && waited < 15_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(server.stderr).toContain(`shiftguard: ${message}`);
      expect(server.messages.filter((m) => m.method === 'window/logMessage').map((m) => m.params!.message)).toEqual([message]);
    });
  }, 30_000);
});

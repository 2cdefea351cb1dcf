import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type CodeActionContext,
  type Hover,
  type Position,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
} from 'vscode-languageserver-protocol/node';

export const repositoryRoot = join(__dirname, '../..');

/**
 * Bundles the product into a private folder, so that a concurrent `npm run build` cannot change
 * the server under test. Returns the folder and a function that removes it.
 */
export function privateBuild(prefix = 'shiftguard-lsp-'): { outdir: string; serverJs: string; cliJs: string; remove: () => void } {
  const outdir = mkdtempSync(join(tmpdir(), prefix));
  execFileSync(process.execPath, [join(repositoryRoot, 'scripts/build.mjs'), '--outdir', outdir], { cwd: repositoryRoot, stdio: 'pipe' });
  return {
    outdir,
    serverJs: join(outdir, 'server.js'),
    cliJs: join(outdir, 'cli.js'),
    remove: () => rmSync(outdir, { recursive: true, force: true }),
  };
}

interface Waiter {
  uri: string;
  accept: (p: PublishDiagnosticsParams) => boolean;
  resolve: (p: PublishDiagnosticsParams) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

export interface StdioClientOptions {
  /** Answer `workspace/configuration` (the server then pulls settings); otherwise settings are pushed. */
  pullConfiguration?: boolean;
  /** How long `diagnostics()` waits before failing with what was published so far. */
  waitMs?: number;
  /** Options for node itself, before the server script (e.g. `--expose-gc`). */
  nodeArgs?: string[];
}

/**
 * A language client talking JSON-RPC to `node server.js --stdio` in a child process, as an
 * editor does. Diagnostics are awaited as events, never by sleeping.
 */
export class StdioClient {
  readonly connection: ProtocolConnection;
  readonly child: ChildProcessWithoutNullStreams;
  readonly published: PublishDiagnosticsParams[] = [];
  /** What the client answers to `workspace/configuration` for the `shiftguard` section. */
  settings: unknown = {};
  private stderrText = '';
  private exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  private readonly waiters: Waiter[] = [];
  private readonly waitMs: number;
  private readonly pullConfiguration: boolean;

  constructor(serverJs: string, options: StdioClientOptions = {}) {
    this.waitMs = options.waitMs ?? 25_000;
    this.pullConfiguration = options.pullConfiguration ?? true;
    this.child = spawn(process.execPath, [...(options.nodeArgs ?? []), serverJs, '--stdio'], { stdio: 'pipe' });
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (chunk: string) => {
      // Kept short: only the end matters when a test explains a crash.
      this.stderrText = (this.stderrText + chunk).slice(-20_000);
    });
    this.child.on('exit', (code, signal) => {
      this.exited = { code, signal };
      for (const waiter of this.waiters.splice(0)) {
        clearTimeout(waiter.timer);
        waiter.reject(new Error(`server exited (code ${code}, signal ${signal}) while waiting for diagnostics of ${waiter.uri}\n${this.stderrText}`));
      }
    });
    // Writing to a server that died must fail the test through `exited`, not crash the runner.
    this.child.stdin.on('error', () => undefined);
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      for (const waiter of [...this.waiters]) {
        if (waiter.uri === params.uri && waiter.accept(params)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          clearTimeout(waiter.timer);
          waiter.resolve(params);
        }
      }
    });
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => this.settings));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  /** True while the server process runs. */
  get alive(): boolean {
    return this.exited === undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  get stderr(): string {
    return this.stderrText;
  }

  async initialize(): Promise<unknown> {
    const result = await this.request('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      capabilities: {
        workspace: { configuration: this.pullConfiguration, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          publishDiagnostics: { versionSupport: true, relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } }, dataSupport: true },
        },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /**
   * Resolves with the next diagnostics for `uri` that satisfy `accept` (default: any). Register
   * before sending the message that causes them. Rejects when the server exits or after `waitMs`.
   */
  diagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true, waitMs = this.waitMs): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      if (!this.alive) return reject(new Error(`server is not running\n${this.stderrText}`));
      const waiter: Waiter = {
        uri,
        accept,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          const seen = this.published.filter((p) => p.uri === uri).map((p) => `v${p.version}:${p.diagnostics.length}`);
          reject(new Error(`no matching diagnostics for ${uri} within ${waitMs} ms (published: ${seen.join(' ') || 'none'})`));
        }, waitMs),
      };
      this.waiters.push(waiter);
    });
  }

  /** Diagnostics for `uri` at `version`, awaited. */
  diagnosticsOf(uri: string, version: number, waitMs?: number): Promise<PublishDiagnosticsParams> {
    return this.diagnostics(uri, (p) => p.version === version, waitMs);
  }

  /** Opens a document and resolves with its first diagnostics. */
  async open(uri: string, languageId: string, text: string, version = 1): Promise<PublishDiagnosticsParams> {
    const published = this.diagnosticsOf(uri, version);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    return published;
  }

  change(uri: string, version: number, changes: { range?: Range; text: string }[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  /** Closes a document and resolves with the publish that clears it (the one without a version). */
  async close(uri: string): Promise<PublishDiagnosticsParams> {
    const cleared = this.diagnostics(uri, (p) => p.version === undefined);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    return cleared;
  }

  /** A request that fails, rather than waits forever, when the server exits before answering. */
  request<T>(method: string, params: unknown): Promise<T> {
    if (!this.alive) return Promise.reject(new Error(`server is not running; cannot send ${method}\n${this.stderrText}`));
    return new Promise<T>((resolve, reject) => {
      const onExit = () => reject(new Error(`server exited before answering ${method}\n${this.stderrText}`));
      this.child.once('exit', onExit);
      this.connection.sendRequest<T>(method, params).then(resolve, reject).finally(() => this.child.off('exit', onExit));
    });
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.request('textDocument/hover', { textDocument: { uri }, position });
  }

  codeActions(uri: string, range: Range, context: CodeActionContext): Promise<CodeAction[] | null> {
    return this.request('textDocument/codeAction', { textDocument: { uri }, range, context });
  }

  /** Sends new settings the way the client was configured to: pushed, or announced and pulled. */
  configure(settings: unknown): Promise<void> {
    this.settings = settings;
    return this.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: this.pullConfiguration ? null : { shiftguard: settings },
    });
  }

  /** Polite shutdown, then a kill if the server lingers. */
  async dispose(): Promise<void> {
    if (this.alive) {
      const gone = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
      try {
        await Promise.race([
          (async () => {
            await this.connection.sendRequest('shutdown');
            await this.connection.sendNotification('exit');
            await gone;
          })(),
          new Promise((resolve) => setTimeout(resolve, 3_000)),
        ]);
      } catch {
        // A server that cannot answer is killed below.
      }
    }
    this.connection.dispose();
    if (this.alive) this.child.kill('SIGKILL');
  }
}

// A small language client over stdio, as an editor runs a server: one child process, JSON-RPC on
// its stdin/stdout. It answers the server's configuration requests and tells when the
// diagnostics of a request have arrived, in one of two ways:
//
//  - by version: the server puts the document version in publishDiagnostics (Shiftguard does);
//    the awaited publish is the first one carrying the version just sent;
//  - by next publish: the server sends no version (docker-langserver, yaml-language-server); the
//    awaited publish is the first one for the URI after the request was sent. That is only sound
//    when every request yields exactly one publish and nothing is in flight when the next request
//    goes out, which the benchmark guarantees by awaiting each publish (closing included) before
//    sending anything else for that URI.

import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { processMemory } from './process-memory.mjs';

const require = createRequire(import.meta.url);
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver-protocol/node');

const fullSync = 1;

export class LspClient {
  /**
   * @param options.label        name used in messages
   * @param options.command      [executable, ...args]
   * @param options.awaitBy      'version' | 'next-publish'
   * @param options.settings     section name → value, answered to workspace/configuration and
   *                             pushed once with didChangeConfiguration; unknown sections get null
   * @param options.waitMs       how long one publish may take before the run stops
   */
  constructor({ label, command, awaitBy, settings = {}, waitMs }) {
    this.label = label;
    this.awaitBy = awaitBy;
    this.settings = settings;
    this.waitMs = waitMs;
    this.waiters = [];
    this.publishCounts = new Map();
    this.stderr = '';
    this.failure = undefined;
    this.child = spawn(command[0], command.slice(1), { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr.on('data', (chunk) => {
      // Kept for the error message of a crash; capped so a chatty server cannot fill memory.
      this.stderr = (this.stderr + chunk).slice(-4000);
    });
    this.exited = new Promise((resolve) => this.child.on('exit', resolve));
    this.child.on('exit', (code, signal) => {
      if (!this.disposing) this.abort(new Error(`${label} exited (code ${code}, signal ${signal}); its last output:\n${this.stderr}`));
    });
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (params) => this.onPublish(params));
    this.connection.onRequest('workspace/configuration', (params) => params.items.map((item) => this.settings[item.section] ?? null));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('client/unregisterCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onNotification(() => undefined);
    this.connection.listen();
  }

  /** Versions only grow across reopenings, so a late answer to an earlier opening never matches. */
  nextVersion(uri) {
    this.versions ??= new Map();
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    return version;
  }

  get pid() {
    return this.child.pid;
  }

  memory() {
    return processMemory(this.child.pid);
  }

  abort(error) {
    this.failure ??= error;
    for (const waiter of this.waiters.splice(0)) {
      clearTimeout(waiter.timer);
      waiter.reject(error);
    }
  }

  onPublish(params) {
    const at = performance.now();
    const count = (this.publishCounts.get(params.uri) ?? 0) + 1;
    this.publishCounts.set(params.uri, count);
    for (const waiter of [...this.waiters]) {
      if (waiter.uri !== params.uri) continue;
      const matches = waiter.version === undefined ? count > waiter.after : params.version === waiter.version;
      if (!matches) continue;
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      clearTimeout(waiter.timer);
      waiter.resolve({ at, diagnostics: params.diagnostics });
    }
  }

  /** A promise of the publish that answers the request about to be sent for `uri` at `version`. */
  expectPublish(uri, version) {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const waiter = {
        uri,
        version: this.awaitBy === 'version' ? version : undefined,
        after: this.publishCounts.get(uri) ?? 0,
        resolve,
        reject,
        timer: setTimeout(() => this.abort(new Error(`${this.label}: no diagnostics for ${uri} (version ${version}) within ${this.waitMs} ms`)), this.waitMs),
      };
      this.waiters.push(waiter);
    });
  }

  async start() {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
        textDocument: { publishDiagnostics: { versionSupport: true }, synchronization: { dynamicRegistration: false } },
      },
    });
    const sync = result.capabilities.textDocumentSync;
    this.fullSync = (typeof sync === 'number' ? sync : sync?.change) === fullSync;
    this.serverInfo = result.serverInfo ?? null;
    await this.connection.sendNotification('initialized', {});
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: this.settings });
  }

  /** Sends didOpen; resolves with the milliseconds until its diagnostics and the diagnostics. */
  async open(uri, languageId, version, text) {
    return this.timed(uri, version, 'textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Sends one change (incremental, or the whole new text to a server that syncs in full). */
  async change(uri, version, change, newText) {
    const contentChanges = [this.fullSync ? { text: newText } : change];
    return this.timed(uri, version, 'textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  /**
   * Sends didClose. Without versions, also waits for the emptying publish that the peers send on
   * close, so that it cannot be taken for the answer to the next opening.
   */
  async close(uri) {
    const published = this.awaitBy === 'version' ? undefined : this.expectPublish(uri, undefined);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await published;
  }

  async timed(uri, version, method, params) {
    const published = this.expectPublish(uri, version);
    const start = performance.now();
    await this.connection.sendNotification(method, params);
    const { at, diagnostics } = await published;
    return { ms: at - start, diagnostics };
  }

  async dispose() {
    this.disposing = true;
    for (const waiter of this.waiters.splice(0)) clearTimeout(waiter.timer);
    const stopped = (async () => {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    })().catch(() => undefined);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 3_000);
    await Promise.race([stopped.then(() => this.exited), this.exited]);
    clearTimeout(timer);
    this.connection.dispose();
  }
}

import {
  CodeActionKind,
  ErrorCodes,
  ResponseError,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { rules as catalog } from '../../../rules/index';
import type { AnyRule } from '../engine/rule';
import { initParsers } from '../parsers';
import { codeActions, fixAllKind } from './code-actions';
import { offlineDocsHref, omittedNote, toDiagnostic } from './diagnostics';
import { answerRefusals } from './lifecycle';
import { checkInDocument, codeActionParams, commandParams, lintWorkspaceParams, positionParams } from './params';
import { DocumentLinter } from './document-linter';
import { hoverAt } from './hover';
import { defaultSettings, normalizeSettings, type ServerSettings } from './settings';
import { OffThreadLinter } from './off-thread-linter';
import { folderPaths, lintWorkspaceRequest, scanWorkspace, type ScanProgress } from './workspace-scan';
import type { Finding } from '../engine/types';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ModuleLoaders, rootOf } from '../cli/terraform-modules';
import type { LintContext } from '../engine/lint';
import type { ParsedFile } from '../parsers';
import { documentPath } from './document-path';

export interface ServerOptions {
  rules?: readonly AnyRule[];
  /** Lint large documents and workspace files off the main thread (default: when the worker bundle exists). */
  offThread?: boolean;
}

/** Wires the Shiftguard language features onto a connection and starts listening. */
export function startServer(connection: Connection, options: ServerOptions = {}): { linter: DocumentLinter; documents: TextDocuments<TextDocument> } {
  const rules = options.rules ?? catalog;
  const documents = new TextDocuments(TextDocument);
  let settings: ServerSettings = defaultSettings;
  let canPullConfiguration = false;
  let canShowProgress = false;
  let canWatchFiles = false;
  let workspaceFolders: string[] = [];
  const useWorkers = options.offThread ?? true;
  const documentWorker = useWorkers ? OffThreadLinter.create() : undefined;
  const scanWorker = useWorkers ? OffThreadLinter.create() : undefined;
  /** Files a workspace scan covered: closing one shows its disk state again instead of nothing. */
  const scanned = new Set<string>();

  const docsHref = offlineDocsHref();
  const publishFindings = (uri: string, findings: Finding[], version?: number, omitted = 0) => {
    const diagnostics = findings.map((finding, index) => toDiagnostic(finding, { version: version ?? -1, index }, uri, docsHref));
    if (omitted > 0) diagnostics.push(omittedNote(omitted, settings.maxDiagnostics));
    void connection.sendDiagnostics({ uri, version, diagnostics });
  };

  // Terraform modules: open buffers replace their files on disk; the rest is read from disk.
  const openText = (path: string) => {
    for (const document of documents.all()) {
      if (document.uri.startsWith('file:') && fileURLToPath(document.uri) === path) return document.getText();
    }
    return undefined;
  };
  const loaders = new ModuleLoaders(openText);
  const installedModulesDirectory = /[\\/]\.terraform[\\/]modules$/;
  /** The module directories that the last lint of each Terraform file read through module calls. */
  const calledModules = new Map<string, Set<string>>();
  const contextFor = (file: ParsedFile): LintContext => {
    if (file.kind !== 'terraform' || file.path.startsWith('untitled')) return {};
    const context = loaders.forRoots(folderPaths(workspaceFolders).map(rootOf), file.path).contextFor(file);
    const called = new Set<string>();
    calledModules.set(file.path, called);
    const loadModule = context.loadModule;
    if (!loadModule) return context;
    return {
      ...context,
      loadModule: (directory) => {
        const loaded = loadModule(directory);
        called.add(directory);
        if (loaded) called.add(loaded.directory);
        return loaded;
      },
    };
  };

  /**
   * Open Terraform documents, except `except`, whose findings depend on the Terraform files of a
   * directory: those of the directory itself (one module) and those that call it as a module.
   */
  const openTerraformDependingOn = (directory: string, except?: string) =>
    documents.all().filter((d) => {
      if (d.uri === except || !d.uri.startsWith('file:')) return false;
      const target = documentPath(d.uri, d.languageId);
      return target?.kind === 'terraform' && (dirname(target.path) === directory || calledModules.get(target.path)?.has(directory) === true);
    });
  /** Lints again what depends on a Terraform document's text (it changed, or closed and reads from disk again). */
  const scheduleDependents = (uri: string, languageId: string) => {
    const target = documentPath(uri, languageId);
    if (target?.kind !== 'terraform' || !uri.startsWith('file:')) return;
    for (const dependent of openTerraformDependingOn(dirname(target.path), uri)) linter.schedule(dependent.uri);
  };

  const linter = new DocumentLinter({
    offThread: documentWorker,
    contextFor,
    document: (uri) => documents.get(uri),
    settings: () => settings,
    rules: () => rules,
    publish: (result) => publishFindings(result.uri, result.findings, result.version, result.omitted),
    log: (message) => connection.console.error(message),
  });

  const refreshSettings = async (pushed?: unknown) => {
    if (canPullConfiguration) {
      try {
        settings = normalizeSettings(await connection.workspace.getConfiguration('shiftguard'));
      } catch {
        settings = normalizeSettings(undefined);
      }
    } else {
      settings = normalizeSettings((pushed as { shiftguard?: unknown } | undefined)?.shiftguard);
    }
    linter.scheduleAll(documents.keys());
  };

  connection.onInitialize(async (params): Promise<InitializeResult> => {
    canPullConfiguration = Boolean(params.capabilities.workspace?.configuration);
    canShowProgress = Boolean(params.capabilities.window?.workDoneProgress);
    canWatchFiles = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    workspaceFolders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    await initParsers();
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, fixAllKind] },
        executeCommandProvider: { commands: [] },
      },
      serverInfo: { name: 'shiftguard' },
    };
  });

  connection.onInitialized(async () => {
    if (canWatchFiles) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{tf,tf.json,tfvars,tfvars.json}' }, { globPattern: '**/.terraform/modules/modules.json' }] })
        .catch(() => undefined);
    }
    if (canPullConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
      await refreshSettings();
    }
  });

  connection.onDidChangeConfiguration((change) => void refreshSettings(change.settings));
  // Fires for didOpen as well as didChange. A Terraform buffer also changes what its siblings and callers see.
  documents.onDidChangeContent((event) => {
    linter.schedule(event.document.uri);
    scheduleDependents(event.document.uri, event.document.languageId);
  });

  // A Terraform file changed on disk (saved elsewhere, created, deleted): re-read its module.
  connection.onDidChangeWatchedFiles((params) => {
    const directories = new Set<string>();
    for (const change of params.changes) {
      if (!change.uri.startsWith('file:')) continue;
      const directory = dirname(fileURLToPath(change.uri));
      // `terraform init` wrote modules.json: the files of the root module two levels up see other modules.
      directories.add(installedModulesDirectory.test(directory) ? dirname(dirname(directory)) : directory);
      loaders.invalidate(directory);
    }
    for (const directory of directories) for (const document of openTerraformDependingOn(directory)) linter.schedule(document.uri);
  });
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    linter.forget(uri);
    const target = documentPath(uri, event.document.languageId);
    if (target) calledModules.delete(target.path);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
    scheduleDependents(uri, event.document.languageId);
    if (scanned.has(uri)) void rescanFromDisk(uri);
  });

  const scanHost = (isCancelled: () => boolean) => ({
    rules: () => rules,
    settings: () => settings,
    isOpen: (uri: string) => documents.get(uri) !== undefined,
    visit: (uri: string) => scanned.add(uri),
    publish: (uri: string, findings: Finding[], omitted: number) => publishFindings(uri, findings, undefined, omitted),
    offThread: scanWorker,
    isCancelled,
  });

  /** After a scanned file is closed, show what is on disk again rather than nothing. */
  const rescanFromDisk = (uri: string) =>
    scanWorkspace(folderPaths([uri]), scanHost(() => false), { report: () => undefined }).catch(() => undefined);

  connection.onRequest(lintWorkspaceRequest, async (raw: unknown, token) => {
    const params = lintWorkspaceParams(raw);
    const folders = folderPaths(params.folders ?? workspaceFolders);
    const progress = canShowProgress ? await connection.window.createWorkDoneProgress() : undefined;
    progress?.begin('Shiftguard: linting workspace', 0, 'Finding files', true);
    const reporter: ScanProgress = { report: (percentage, message) => progress?.report(percentage, message) };
    try {
      return await scanWorkspace(folders, scanHost(() => token.isCancellationRequested || Boolean(progress?.token.isCancellationRequested)), reporter);
    } finally {
      progress?.done();
    }
  });

  // Parameters are checked before use: a malformed request is answered with InvalidParams, not a TypeError.
  connection.onHover((raw: unknown) => {
    const params = positionParams(raw);
    const document = documents.get(params.uri);
    if (!document) return null;
    checkInDocument(params.position, document.lineCount);
    return hoverAt(linter.resultFor(document.uri, document.version), params.position, rules);
  });

  connection.onCodeAction((raw: unknown) => {
    const params = codeActionParams(raw);
    const document = documents.get(params.uri);
    if (!document) return [];
    checkInDocument(params.range.start, document.lineCount, 'range.start');
    return codeActions(document, linter.resultFor(document.uri, document.version), { textDocument: { uri: params.uri }, range: params.range, context: params.context });
  });

  connection.onExecuteCommand((raw: unknown) => {
    const { command } = commandParams(raw);
    // No command runs on the server (the documentation command is the client's): as if none were there.
    throw new ResponseError(ErrorCodes.MethodNotFound, `The server runs no command; ${command} is not one.`);
  });

  connection.onShutdown(() => {
    documentWorker?.dispose();
    scanWorker?.dispose();
  });
  answerRefusals(connection);

  // For memory tests only: collects garbage and answers the memory use. It exists only when the
  // server runs under `node --expose-gc`, which no editor does.
  const collectGarbage = (globalThis as { gc?: () => void }).gc;
  if (collectGarbage) {
    connection.onRequest('shiftguard/_gc', async () => {
      collectGarbage();
      const workers = await Promise.all([documentWorker?.collect(), scanWorker?.collect()]);
      return { ...process.memoryUsage(), workerHeapUsed: workers.reduce<number>((sum, used) => sum + (used ?? 0), 0) };
    });
  }

  documents.listen(connection);
  connection.listen();
  return { linter, documents };
}

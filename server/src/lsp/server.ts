import {
  CodeActionKind,
  DidChangeConfigurationNotification,
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
import { toDiagnostic } from './diagnostics';
import { DocumentLinter } from './document-linter';
import { hoverAt } from './hover';
import { defaultSettings, normalizeSettings, type ServerSettings } from './settings';

export interface ServerOptions {
  rules?: readonly AnyRule[];
}

/** Wires the Shiftguard language features onto a connection and starts listening. */
export function startServer(connection: Connection, options: ServerOptions = {}): { linter: DocumentLinter; documents: TextDocuments<TextDocument> } {
  const rules = options.rules ?? catalog;
  const documents = new TextDocuments(TextDocument);
  let settings: ServerSettings = defaultSettings;
  let canPullConfiguration = false;

  const linter = new DocumentLinter({
    document: (uri) => documents.get(uri),
    settings: () => settings,
    rules: () => rules,
    publish: (result) => {
      const diagnostics = result.findings.map((finding, index) => toDiagnostic(finding, { version: result.version, index }, result.uri));
      void connection.sendDiagnostics({ uri: result.uri, version: result.version, diagnostics });
    },
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
    if (canPullConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
      await refreshSettings();
    }
  });

  connection.onDidChangeConfiguration((change) => void refreshSettings(change.settings));
  documents.onDidOpen((event) => linter.schedule(event.document.uri));
  documents.onDidChangeContent((event) => linter.schedule(event.document.uri));
  documents.onDidClose((event) => {
    linter.forget(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onHover((params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? hoverAt(linter.resultFor(document.uri, document.version), params.position, rules) : null;
  });

  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? codeActions(document, linter.resultFor(document.uri, document.version), params) : [];
  });

  documents.listen(connection);
  connection.listen();
  return { linter, documents };
}

import * as vscode from 'vscode';
import {
  LanguageClient,
  ResponseError,
  TransportKind,
  type DocumentSelector,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { showRuleDocumentation } from './rule-documentation';
import { FindingsStatus } from './status';

/** The request that asks the server to lint every file of the workspace folders. */
export const lintWorkspaceRequest = 'shiftguard/lintWorkspace';

const languages = ['terraform', 'tf', 'hcl', 'terraform-vars', 'yaml', 'dockerfile'];
// Files are matched by name too: without a Terraform extension a .tf file opens as plain text.
const patterns = ['**/*.tf', '**/*.tfvars', '**/*.tf.json', '**/Dockerfile*', '**/*.Dockerfile', '**/Containerfile'];

export const documentSelector: DocumentSelector = ['file', 'untitled'].flatMap((scheme) => [
  ...languages.map((language) => ({ scheme, language })),
  ...patterns.map((pattern) => ({ scheme, pattern })),
]);

/** What the extension returns from `activate`, for other extensions and the editor tests. */
export interface ShiftguardApi {
  /** Resolves once the language server has started (rejects if it could not). */
  ready: Promise<void>;
  client: LanguageClient;
}

// JSON-RPC "method not found": a server without the workspace scan.
const methodNotFound = -32601;

export function activate(context: vscode.ExtensionContext): ShiftguardApi {
  const output = vscode.window.createOutputChannel('Shiftguard', { log: true });
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    synchronize: { configurationSection: 'shiftguard' },
    outputChannel: output,
  };
  const client = new LanguageClient('shiftguard', 'Shiftguard', serverOptions, clientOptions);
  const status = new FindingsStatus();

  context.subscriptions.push(
    output,
    status,
    vscode.commands.registerCommand('shiftguard.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('shiftguard.showRuleDocumentation', (ruleId?: unknown) =>
      showRuleDocumentation(context.extensionUri, typeof ruleId === 'string' ? ruleId : undefined),
    ),
    vscode.commands.registerCommand('shiftguard.lintWorkspace', () => lintWorkspace(client, status, output)),
  );

  const ready = client.start();
  ready.catch((error: unknown) => {
    output.error(`The Shiftguard language server did not start: ${error instanceof Error ? error.message : String(error)}`);
  });
  return { ready, client };
}

export function deactivate(): Thenable<void> | undefined {
  return undefined;
}

interface LintWorkspaceResult {
  files?: number;
  findings?: number;
  cancelled?: boolean;
}

/**
 * Asks the server to lint every file of the workspace folders. The server shows its own
 * cancellable progress (`$/progress`); its diagnostics arrive as for open files, so the Problems
 * view and the status bar fill in while it runs.
 */
async function lintWorkspace(client: LanguageClient, status: FindingsStatus, output: vscode.LogOutputChannel): Promise<LintWorkspaceResult | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showInformationMessage('Shiftguard: open a folder to lint a workspace.');
    return undefined;
  }
  status.setScanning(true);
  try {
    await client.start();
    const result = await client.sendRequest<LintWorkspaceResult | null>(lintWorkspaceRequest, {
      folders: folders.map((folder) => client.code2ProtocolConverter.asUri(folder.uri)),
    });
    const summary = summarize(result);
    output.info(`Workspace lint ${result?.cancelled ? 'cancelled' : 'finished'}${summary ? `: ${summary}` : ''}.`);
    if (summary && !result?.cancelled) {
      void vscode.window.showInformationMessage(`Shiftguard: ${summary}.`, 'Show Problems').then((choice) => {
        if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
      });
    }
    return result ?? undefined;
  } catch (error) {
    if (error instanceof ResponseError && error.code === methodNotFound) {
      void vscode.window.showWarningMessage('Shiftguard: this language server cannot lint a whole workspace; open the files to check them.');
    } else if (!isCancelled(error)) {
      output.error(`Workspace lint failed: ${error instanceof Error ? error.message : String(error)}`);
      void vscode.window.showErrorMessage('Shiftguard: the workspace lint failed. See the Shiftguard output for details.');
    }
    return undefined;
  } finally {
    status.setScanning(false);
  }
}

function isCancelled(error: unknown): boolean {
  // vscode-jsonrpc's RequestCancelled / ServerCancelled.
  return error instanceof ResponseError && (error.code === -32800 || error.code === -32802);
}

function summarize(result: LintWorkspaceResult | null | undefined): string {
  if (!result) return '';
  const parts: string[] = [];
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  if (typeof result.files === 'number') parts.push(`${count(result.files, 'file')} linted`);
  if (typeof result.findings === 'number') parts.push(count(result.findings, 'finding'));
  return parts.join(', ');
}

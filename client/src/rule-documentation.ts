import * as vscode from 'vscode';

const ruleIdPattern = /^[A-Z0-9]+-\d+$/;

/** The build writes one Markdown page per rule into `dist/docs/`, so documentation works offline. */
export function ruleDocumentationUri(extensionUri: vscode.Uri, ruleId: string): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'dist', 'docs', `${ruleId}.md`);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function pickRule(extensionUri: vscode.Uri): Promise<string | undefined> {
  let entries: [string, vscode.FileType][] = [];
  try {
    entries = await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(extensionUri, 'dist', 'docs'));
  } catch {
    // No pages: the extension was built without them; the message below says so.
  }
  const ids = entries
    .map(([name]) => name.replace(/\.md$/, ''))
    .filter((id) => ruleIdPattern.test(id))
    .sort();
  if (ids.length === 0) {
    void vscode.window.showErrorMessage('Shiftguard: no rule documentation is installed with this extension.');
    return undefined;
  }
  return vscode.window.showQuickPick(ids, { placeHolder: 'Shiftguard rule' });
}

/**
 * Opens a rule's page in the Markdown preview (or as text where no preview is available).
 * Without a rule id, asks for one.
 */
export async function showRuleDocumentation(extensionUri: vscode.Uri, ruleId?: string): Promise<vscode.Uri | undefined> {
  const id = ruleId?.trim().toUpperCase() ?? (await pickRule(extensionUri));
  if (!id) return undefined;
  const uri = ruleIdPattern.test(id) ? ruleDocumentationUri(extensionUri, id) : undefined;
  if (!uri || !(await exists(uri))) {
    void vscode.window.showWarningMessage(`Shiftguard: there is no documentation for "${id}".`);
    return undefined;
  }
  try {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    await vscode.window.showTextDocument(uri, { preview: true });
  }
  return uri;
}

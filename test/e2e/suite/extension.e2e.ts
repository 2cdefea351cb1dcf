import * as vscode from 'vscode';
import { assert, assertEqual, test } from './runner';

const extensionId = 'shiftguard.shiftguard';

interface ShiftguardApi {
  ready: Promise<void>;
}

async function activated(): Promise<vscode.Extension<ShiftguardApi>> {
  const extension = vscode.extensions.getExtension<ShiftguardApi>(extensionId);
  assert(extension, `extension ${extensionId} is not installed`);
  await extension.activate();
  await extension.exports.ready;
  return extension;
}

function findings(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'shiftguard');
}

function ruleOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** Resolves with the Shiftguard diagnostics of `uri` once `predicate` holds for them. */
function waitForFindings(uri: vscode.Uri, predicate: (found: vscode.Diagnostic[]) => boolean, what: string, timeoutMs = 15_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const found = findings(uri);
      if (!predicate(found)) return false;
      cleanup();
      resolve(found);
      return true;
    };
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      const seen = findings(uri).map((d) => `${ruleOf(d)}@${d.range.start.line}:${d.range.start.character}`);
      reject(new Error(`timed out waiting for ${what} in ${uri.toString()} (has: ${seen.join(', ') || 'none'})`));
    }, timeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      listener.dispose();
    };
    check();
  });
}

const has = (rule: string) => (found: vscode.Diagnostic[]) => found.some((d) => ruleOf(d) === rule);
const lacks = (rule: string) => (found: vscode.Diagnostic[]) => !found.some((d) => ruleOf(d) === rule);

/** The range of the `occurrence`-th appearance of `needle` in the document. */
function rangeOf(document: vscode.TextDocument, needle: string, occurrence = 0): vscode.Range {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = document.getText().indexOf(needle, index + 1);
    assert(index >= 0, `"${needle}" not found in ${document.uri.toString()}`);
  }
  return new vscode.Range(document.positionAt(index), document.positionAt(index + needle.length));
}

function show(range: vscode.Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

function only(found: vscode.Diagnostic[], rule: string): vscode.Diagnostic {
  const matching = found.filter((d) => ruleOf(d) === rule);
  assertEqual(matching.length, 1, `number of ${rule} findings`);
  return matching[0];
}

function workspaceUri(path: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert(folder, 'the tests need a workspace folder');
  return vscode.Uri.joinPath(folder.uri, path);
}

async function untitled(language: string, content: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument({ language, content });
  await vscode.window.showTextDocument(document);
  return document;
}

async function codeActions(document: vscode.TextDocument, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider',
    document.uri,
    range,
    kind,
  );
  return (actions ?? []).filter((a): a is vscode.CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
}

const rootDockerfile = [
  '# Report generator.',
  'FROM python:3.13-slim',
  'WORKDIR /srv/reports',
  'COPY requirements.txt .',
  'RUN pip install --no-cache-dir -r requirements.txt',
  'COPY reports/ ./reports/',
  'USER root',
  'CMD ["python", "-m", "reports"]',
  '',
].join('\n');

test('the extension activates and its language server starts', async () => {
  const extension = await activated();
  assert(extension.isActive, 'extension is not active');
  const commands = await vscode.commands.getCommands(true);
  for (const command of ['shiftguard.lintWorkspace', 'shiftguard.showRuleDocumentation', 'shiftguard.showOutput']) {
    assert(commands.includes(command), `command ${command} is not registered`);
  }
});

test('an untitled Dockerfile gets findings with exact ranges', async () => {
  const document = await untitled('dockerfile', rootDockerfile);
  const found = await waitForFindings(document.uri, (f) => has('DKR-001')(f) && has('DKR-002')(f), 'DKR-001 and DKR-002');
  const root = only(found, 'DKR-001');
  const instruction = rangeOf(document, 'USER root');
  assertEqual(show(root.range), show(new vscode.Range(instruction.start.translate(0, 5), instruction.end)), 'DKR-001 range');
  assertEqual(root.severity, vscode.DiagnosticSeverity.Error, 'DKR-001 severity');
  assert(root.message.includes('[req 4.1]'), `DKR-001 message lacks its requirement: ${root.message}`);
  const pin = only(found, 'DKR-002');
  assertEqual(show(pin.range), show(rangeOf(document, 'python:3.13-slim')), 'DKR-002 range');
});

test('an untitled Kubernetes manifest gets findings with exact ranges', async () => {
  const document = await untitled(
    'yaml',
    [
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: node-debugger',
      'spec:',
      '  containers:',
      '    - name: shell',
      '      image: busybox:1.37.0@sha256:' + 'b'.repeat(64),
      '      securityContext:',
      '        privileged: true',
      '        runAsNonRoot: true',
      '        runAsUser: 10001',
      '        readOnlyRootFilesystem: true',
      '',
    ].join('\n'),
  );
  const found = await waitForFindings(document.uri, has('K8S-001'), 'K8S-001');
  const privileged = only(found, 'K8S-001');
  assertEqual(show(privileged.range), show(rangeOf(document, 'true')), 'K8S-001 range');
  assertEqual(privileged.severity, vscode.DiagnosticSeverity.Error, 'K8S-001 severity');
});

test('an untitled Terraform buffer gets findings with exact ranges', async () => {
  const document = await untitled(
    'terraform',
    [
      'resource "aws_security_group" "admin" {',
      '  name = "admin"',
      '',
      '  ingress {',
      '    from_port   = 3389',
      '    to_port     = 3389',
      '    protocol    = "tcp"',
      '    cidr_blocks = ["0.0.0.0/0"]',
      '  }',
      '}',
      '',
    ].join('\n'),
  );
  const found = await waitForFindings(document.uri, has('TF-001'), 'TF-001');
  assertEqual(show(only(found, 'TF-001').range), show(rangeOf(document, '"0.0.0.0/0"')), 'TF-001 range');
});

test('editing a file from the workspace re-lints the buffer', async () => {
  const document = await vscode.workspace.openTextDocument(workspaceUri('app/Dockerfile'));
  const editor = await vscode.window.showTextDocument(document);
  // The file on disk is compliant: the server publishes an empty list for it.
  await new Promise((resolve) => setTimeout(resolve, 500));
  assertEqual(findings(document.uri).map(ruleOf), [], 'findings of the compliant file');

  const user = rangeOf(document, '10001');
  assert(await editor.edit((edit) => edit.replace(user, 'root')), 'edit was not applied');
  const found = await waitForFindings(document.uri, has('DKR-001'), 'DKR-001 after the edit');
  assertEqual(show(only(found, 'DKR-001').range), show(new vscode.Range(user.start, user.start.translate(0, 4))), 'DKR-001 range after the edit');

  assert(await editor.edit((edit) => edit.replace(new vscode.Range(user.start, user.start.translate(0, 4)), '10001')), 'undo edit failed');
  await waitForFindings(document.uri, lacks('DKR-001'), 'no DKR-001 after restoring the file');
  await vscode.commands.executeCommand('workbench.action.files.revert');
});

test('hover over a finding shows its requirement and controls', async () => {
  const document = await untitled('dockerfile', rootDockerfile);
  const found = await waitForFindings(document.uri, has('DKR-001'), 'DKR-001');
  const at = only(found, 'DKR-001').range.start.translate(0, 1);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, at);
  const text = hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
  for (const expected of ['DKR-001', 'Requirements', '4.1 Containers do not run as root', 'Controls', 'AC-6', 'A.8.2', 'CIS Docker Benchmark v1.6.0 4.1']) {
    assert(text.includes(expected), `hover lacks "${expected}":\n${text}`);
  }
});

test('a quick fix through the code action provider removes the finding', async () => {
  const document = await untitled('dockerfile', rootDockerfile);
  const found = await waitForFindings(document.uri, has('DKR-001'), 'DKR-001');
  const diagnostic = only(found, 'DKR-001');
  const actions = await codeActions(document, diagnostic.range);
  const fix = actions.find((a) => a.title === 'Run as UID 10001');
  assert(fix?.edit, `no "Run as UID 10001" quick fix among: ${actions.map((a) => a.title).join(' | ')}`);
  assertEqual(fix.kind?.value, vscode.CodeActionKind.QuickFix.value, 'quick fix kind');
  assert(await vscode.workspace.applyEdit(fix.edit), 'the quick fix edit was refused');
  assert(document.getText().includes('USER 10001\n'), `unexpected text after the fix:\n${document.getText()}`);
  await waitForFindings(document.uri, lacks('DKR-001'), 'no DKR-001 after the fix');
});

test('a suppression comment from the code actions silences the finding', async () => {
  const document = await untitled('dockerfile', rootDockerfile);
  const found = await waitForFindings(document.uri, has('DKR-001'), 'DKR-001');
  const actions = await codeActions(document, only(found, 'DKR-001').range);
  const suppress = actions.find((a) => a.title === 'Suppress DKR-001 here');
  assert(suppress?.edit, `no suppression among: ${actions.map((a) => a.title).join(' | ')}`);
  assert(await vscode.workspace.applyEdit(suppress.edit), 'the suppression edit was refused');
  assert(document.getText().includes('# shiftguard-ignore DKR-001 -- reason\nUSER root'), `unexpected text:\n${document.getText()}`);
  const after = await waitForFindings(document.uri, lacks('DKR-001'), 'no DKR-001 after suppressing it');
  assert(has('DKR-002')(after), 'the other finding disappeared too');
});

test('"Show documentation" opens the rule page shipped with the extension', async () => {
  const document = await untitled('dockerfile', rootDockerfile);
  const found = await waitForFindings(document.uri, has('DKR-001'), 'DKR-001');
  const actions = await codeActions(document, only(found, 'DKR-001').range);
  const docs = actions.find((a) => a.title === 'Show documentation for DKR-001');
  assert(docs?.command, `no documentation action among: ${actions.map((a) => a.title).join(' | ')}`);
  assertEqual(docs.command.command, 'shiftguard.showRuleDocumentation', 'documentation command');
  const page = await vscode.commands.executeCommand<vscode.Uri | undefined>(docs.command.command, ...(docs.command.arguments ?? []));
  assert(page, 'the documentation command opened nothing');
  assert(page.path.endsWith('/dist/docs/DKR-001.md'), `unexpected page ${page.toString()}`);
  const markdown = new TextDecoder().decode(await vscode.workspace.fs.readFile(page));
  assert(markdown.startsWith('# DKR-001: Final stage must not run as root'), `unexpected page content:\n${markdown.slice(0, 200)}`);
  assert(markdown.includes('4.1 Containers do not run as root'), 'the page lacks the requirement');
  const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs.map((tab) => tab.label));
  assert(tabs.some((label) => label.includes('DKR-001')), `no tab shows the page; tabs: ${tabs.join(' | ')}`);
});

test('settings reach the server: disabledRules hides a rule', async () => {
  const document = await untitled('dockerfile', rootDockerfile);
  await waitForFindings(document.uri, has('DKR-002'), 'DKR-002');
  const config = vscode.workspace.getConfiguration('shiftguard');
  await config.update('disabledRules', ['DKR-002'], vscode.ConfigurationTarget.Global);
  try {
    const found = await waitForFindings(document.uri, lacks('DKR-002'), 'no DKR-002 once disabled');
    assert(has('DKR-001')(found), 'DKR-001 disappeared with DKR-002');
  } finally {
    await config.update('disabledRules', undefined, vscode.ConfigurationTarget.Global);
  }
  await waitForFindings(document.uri, has('DKR-002'), 'DKR-002 back once enabled again');
});

test('"Lint Workspace" publishes findings for files that are not open', async () => {
  const manifest = workspaceUri('deploy/billing-api.yaml');
  const network = workspaceUri('infra/network.tf');
  const result = await vscode.commands.executeCommand<{ files?: number } | undefined>('shiftguard.lintWorkspace');
  assert(result, 'the workspace lint returned nothing (is the request missing from the server?)');
  assert((result.files ?? 0) >= 3, `only ${result.files} files linted`);
  const k8s = await waitForFindings(manifest, has('K8S-001'), 'K8S-001 in the manifest');
  const document = await vscode.workspace.openTextDocument(manifest);
  assertEqual(show(only(k8s, 'K8S-001').range), show(rangeOf(document, 'true')), 'K8S-001 range from the scan');
  await waitForFindings(network, has('TF-001'), 'TF-001 in the Terraform file');
});

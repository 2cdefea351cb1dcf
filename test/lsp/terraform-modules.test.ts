import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { sharedHclSyntaxChecker } from '../../server/src/parsers/terraform/hcl-syntax';
import { publicRule } from '../helpers/terraform-rules';
import { InProcessClient } from '../helpers/lsp-client';

let client: InProcessClient;
afterEach(() => client?.dispose());

describe('Terraform modules in the editor', () => {
  it('evaluates the open buffer with the rest of its module and follows sibling edits on disk and in buffers', async () => {
    const root = mkdtempSync(join(tmpdir(), 'shiftguard-tfmod-'));
    mkdirSync(join(root, 'infra'));
    const mainPath = join(root, 'infra', 'main.tf');
    const variablesPath = join(root, 'infra', 'variables.tf');
    writeFileSync(mainPath, '');
    writeFileSync(variablesPath, 'variable "public" {\n  default = true\n}\n');
    const main = pathToFileURL(mainPath).href;
    const variables = pathToFileURL(variablesPath).href;

    client = new InProcessClient({ rules: [publicRule], offThread: false });
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
    await client.connection.sendNotification('initialized', {});

    // The unsaved buffer is linted, with variables.tf from disk.
    const first = client.diagnostics(main);
    await client.open(main, 'terraform', 'resource "demo_thing" "a" {\n  public = var.public\n}\n');
    const [diagnostic] = (await first).diagnostics;
    expect(diagnostic.range.start).toEqual({ line: 1, character: 11 });
    expect(diagnostic.relatedInformation).toEqual([
      { location: { uri: variables, range: { start: { line: 1, character: 12 }, end: { line: 1, character: 16 } } }, message: 'The value is set here.' },
    ]);

    // variables.tf changes on disk: the open file is linted again.
    writeFileSync(variablesPath, 'variable "public" {\n  default = false\n}\n');
    const afterDisk = client.diagnostics(main, (p) => p.diagnostics.length === 0);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: variables, type: 2 }] });
    await afterDisk;

    // An unsaved edit of the sibling buffer counts too.
    await client.open(variables, 'terraform', 'variable "public" {\n  default = false\n}\n');
    const afterBuffer = client.diagnostics(main, (p) => p.diagnostics.length === 1);
    await client.change(variables, 2, [{ range: { start: { line: 1, character: 12 }, end: { line: 1, character: 17 } }, text: 'true' }]);
    await afterBuffer;

    // Closing the sibling buffer brings back the file on disk (default = false).
    const afterClose = client.diagnostics(main, (p) => p.diagnostics.length === 0);
    await client.close(variables);
    await afterClose;
  });

  it('never lets a late syntax verdict on an earlier lint bring back findings that a sibling edit removed', async () => {
    const root = mkdtempSync(join(tmpdir(), 'shiftguard-tfmod-'));
    mkdirSync(join(root, 'infra'));
    const variablesPath = join(root, 'infra', 'variables.tf');
    writeFileSync(variablesPath, 'variable "public" {\n  default = true\n}\n');
    const main = pathToFileURL(join(root, 'infra', 'main.tf')).href;
    const variables = pathToFileURL(variablesPath).href;
    client = new InProcessClient({ rules: [publicRule], offThread: false });
    await client.connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: {} });
    await client.connection.sendNotification('initialized', {});

    // Comments make HashiCorp's check take a while: its verdicts arrive after the next lints.
    const opened = client.diagnostics(main, (p) => p.diagnostics.length === 1);
    await client.open(main, 'terraform', `resource "demo_thing" "a" {\n  public = var.public\n}\n${'# padding\n'.repeat(20_000)}`);
    await opened;
    const relinted = client.diagnostics(main);
    await client.open(variables, 'terraform', 'variable "public" {\n  default = true\n}\n');
    await relinted;
    const fixed = client.diagnostics(main, (p) => p.diagnostics.length === 0);
    await client.change(variables, 2, [{ range: { start: { line: 1, character: 12 }, end: { line: 1, character: 16 } }, text: 'false' }]);
    await fixed;
    const since = client.published.length;

    // Once every verdict is in (checks run in order), nothing published since shows the old finding.
    await sharedHclSyntaxChecker().check('input.tf', '');
    await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: main }, position: { line: 0, character: 0 } });
    expect(client.published.slice(since).filter((p) => p.uri === main).map((p) => p.diagnostics.length)).not.toContain(1);
  });

  it('lints a caller again when the open buffer of a module it calls changes or closes', async () => {
    const root = mkdtempSync(join(tmpdir(), 'shiftguard-tfmod-'));
    mkdirSync(join(root, 'live'));
    mkdirSync(join(root, 'modules', 'thing'), { recursive: true });
    const callerPath = join(root, 'live', 'main.tf');
    const modulePath = join(root, 'modules', 'thing', 'main.tf');
    const moduleOnDisk = 'variable "public" {}\nresource "demo_thing" "t" {\n  public = false\n}\n';
    writeFileSync(modulePath, moduleOnDisk);
    const caller = pathToFileURL(callerPath).href;
    const module = pathToFileURL(modulePath).href;

    client = new InProcessClient({ rules: [publicRule], offThread: false });
    await client.connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: {} });
    await client.connection.sendNotification('initialized', {});

    const first = client.diagnostics(caller);
    await client.open(caller, 'terraform', 'module "thing" {\n  source = "../modules/thing"\n  public = true\n}\n');
    expect((await first).diagnostics).toEqual([]);

    // The module's buffer starts using the input: the caller, not edited, shows the finding.
    await client.open(module, 'terraform', moduleOnDisk);
    const afterEdit = client.diagnostics(caller, (p) => p.diagnostics.length === 1);
    await client.change(module, 2, [{ range: { start: { line: 2, character: 11 }, end: { line: 2, character: 16 } }, text: 'var.public' }]);
    expect((await afterEdit).diagnostics.map((d) => [d.range.start, d.message])).toEqual([
      [{ line: 2, character: 11 }, 'In module "thing" (../modules/thing): This demo thing is public. [req 2.1]'],
    ]);

    // Closed unsaved, the module is read from disk again, where it does not use the input.
    const afterClose = client.diagnostics(caller, (p) => p.diagnostics.length === 0);
    await client.close(module);
    await afterClose;
  });
  it('follows a registry module that terraform init installed, and sees modules.json change on disk', async () => {
    const root = mkdtempSync(join(tmpdir(), 'shiftguard-tfmod-'));
    mkdirSync(join(root, 'live', '.terraform', 'modules', 'thing'), { recursive: true });
    const callerPath = join(root, 'live', 'main.tf');
    const manifestPath = join(root, 'live', '.terraform', 'modules', 'modules.json');
    const installed = join(root, 'live', '.terraform', 'modules', 'thing', 'main.tf');
    writeFileSync(installed, 'variable "public" {}\nresource "demo_thing" "t" {\n  public = var.public\n}\n');
    writeFileSync(manifestPath, JSON.stringify({ Modules: [{ Key: 'thing', Source: 'registry.terraform.io/acme/thing/aws', Dir: '.terraform/modules/thing' }] }));
    const caller = pathToFileURL(callerPath).href;

    client = new InProcessClient({ rules: [publicRule], offThread: false });
    await client.connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: {} });
    await client.connection.sendNotification('initialized', {});

    const first = client.diagnostics(caller);
    await client.open(caller, 'terraform', 'module "thing" {\n  source = "acme/thing/aws"\n  public = true\n}\n');
    const [diagnostic] = (await first).diagnostics;
    expect([diagnostic.range.start, diagnostic.message]).toEqual([{ line: 2, character: 11 }, 'In module "thing" (acme/thing/aws): This demo thing is public. [req 2.1]']);
    expect(diagnostic.relatedInformation).toEqual([
      { location: { uri: pathToFileURL(installed).href, range: { start: { line: 2, character: 11 }, end: { line: 2, character: 21 } } }, message: 'Inside the module, here.' },
    ]);

    // The manifest is rewritten malformed: the open caller shows the note instead.
    writeFileSync(manifestPath, '{');
    const afterInit = client.diagnostics(caller, (p) => p.diagnostics.length === 1 && p.diagnostics[0].range.start.line === 1);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(manifestPath).href, type: 2 }] });
    expect((await afterInit).diagnostics[0].message).toContain('.terraform/modules/modules.json cannot be used (not valid JSON');
  });
});

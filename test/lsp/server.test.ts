import { afterEach, describe, expect, it } from 'vitest';
import type { CodeAction, Hover } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { InProcessClient } from '../helpers/lsp-client';
import { wordRule } from '../helpers/synthetic';

const uri = 'file:///work/Dockerfile';
let client: InProcessClient;

async function started(): Promise<InProcessClient> {
  client = new InProcessClient({ rules: [wordRule] });
  await client.initialize();
  return client;
}

afterEach(() => client?.dispose());

describe('language server', () => {
  it('publishes diagnostics for an opened document, with exact ranges and rule metadata', async () => {
    await started();
    const published = client.diagnostics(uri);
    await client.open(uri, 'dockerfile', 'FROM x\nRUN bad\n');
    const { diagnostics, version } = await published;
    expect(version).toBe(1);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      range: { start: { line: 1, character: 4 }, end: { line: 1, character: 7 } },
      source: 'shiftguard',
      code: 'DKR-900',
      message: 'Found "bad". [req 4.1]',
      severity: 2,
    });
    expect(diagnostics[0].codeDescription?.href).toContain('DKR-900');
  });

  it('re-lints an unsaved incremental edit and never publishes for an older version', async () => {
    await started();
    await client.open(uri, 'dockerfile', 'FROM x\nRUN ok\n');
    await client.diagnostics(uri);
    const latest = client.diagnostics(uri, (p) => p.version === 4);
    await client.change(uri, 2, [{ range: { start: { line: 1, character: 4 }, end: { line: 1, character: 6 } }, text: 'bad' }]);
    await client.change(uri, 3, [{ range: { start: { line: 1, character: 7 }, end: { line: 1, character: 7 } }, text: ' bad' }]);
    await client.change(uri, 4, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# c\n' }]);
    const result = await latest;
    expect(result.diagnostics.map((d) => d.range.start)).toEqual([{ line: 2, character: 4 }, { line: 2, character: 8 }]);
    const versions = client.published.filter((p) => p.uri === uri).map((p) => p.version ?? 0);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
  });

  it('explains a finding on hover, offers its fix, a suppression and fix-all', async () => {
    await started();
    const text = 'FROM x\nRUN bad bad\n';
    const published = client.diagnostics(uri);
    await client.open(uri, 'dockerfile', text);
    const { diagnostics } = await published;

    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 5 } })) as Hover;
    const markdown = (hover.contents as { value: string }).value;
    expect(markdown).toContain('DKR-900: No bad words');
    expect(markdown).toContain('4.1');
    expect(markdown).toMatch(/\[AC-6\]\(https:/);

    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostics[0].range,
      context: { diagnostics: [diagnostics[0]] },
    })) as CodeAction[];
    expect(actions.map((a) => [a.title, a.isPreferred ?? false])).toEqual([
      ['Say good', true],
      ['Suppress DKR-900 here', false],
      ['Show documentation for DKR-900', false],
      ['Fix all Shiftguard problems', false],
    ]);
    const apply = (action: CodeAction) => {
      const change = action.edit!.documentChanges![0] as unknown as { textDocument: { version: number }; edits: { range: never; newText: string }[] };
      expect(change.textDocument.version).toBe(1);
      return TextDocument.applyEdits(TextDocument.create(uri, 'dockerfile', 1, text), change.edits);
    };
    expect(apply(actions[0])).toBe('FROM x\nRUN good bad\n');
    expect(apply(actions[1])).toBe('FROM x\n# shiftguard-ignore DKR-900 -- reason\nRUN bad bad\n');
    expect(apply(actions[3])).toBe('FROM x\nRUN good good\n');
  });

  it('applies configuration changes without a restart and clears diagnostics on close', async () => {
    await started();
    await client.open(uri, 'dockerfile', 'FROM x\nRUN bad\n');
    await client.diagnostics(uri);
    client.settings = { disabledRules: ['DKR-900'] };
    const cleared = client.diagnostics(uri, (p) => p.diagnostics.length === 0);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await cleared;
    const closed = client.diagnostics(uri);
    await client.close(uri);
    expect((await closed).diagnostics).toEqual([]);
  });

  it('stays silent on YAML that is not a Kubernetes manifest', async () => {
    await started();
    const workflow = 'file:///work/.github/workflows/ci.yml';
    const published = client.diagnostics(workflow);
    await client.open(workflow, 'yaml', 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n');
    expect((await published).diagnostics).toEqual([]);
  });
});

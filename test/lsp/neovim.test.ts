import { execFile, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../../rules';
import { privateBuild, repositoryRoot } from '../helpers/stdio-client';

// Neovim's built-in LSP client, headless, against the built server over stdio: a second client
// written by other people, so that the server is proven on more than our own test client.

const nvimFound = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;
// CI installs Neovim (scripts/install-test-tools.sh): there, a missing nvim is a failure.
const runNeovim = nvimFound || process.env.CI === 'true';
if (!nvimFound) {
  console.warn(
    process.env.CI === 'true'
      ? 'nvim not found in CI: scripts/install-test-tools.sh should have installed it'
      : 'Skipping the Neovim client tests: nvim is not installed (run scripts/install-test-tools.sh as root).',
  );
}

const harness = join(__dirname, 'nvim-harness.lua');
let build: ReturnType<typeof privateBuild> | undefined;

beforeAll(() => {
  if (runNeovim) build = privateBuild('shiftguard-nvim-');
});

afterAll(() => build?.remove());

interface WireRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface HarnessEvent {
  event: string;
  [key: string]: unknown;
}
interface WireDiagnostic {
  code: string;
  range: WireRange;
  severity: number;
  message: string;
}

/** Runs the harness on one file; resolves with its events, rejecting with its output when it fails. */
function neovim(file: string, filetype: string, env: Record<string, unknown> = {}): Promise<HarnessEvent[]> {
  const variables: Record<string, string> = {
    SG_SERVER_CMD: JSON.stringify([process.execPath, build!.serverJs, '--stdio']),
    SG_FILE: file,
    SG_FILETYPE: filetype,
    SG_TIMEOUT_MS: '20000',
  };
  for (const [name, value] of Object.entries(env)) variables[name] = typeof value === 'string' ? value : JSON.stringify(value);
  return new Promise((resolve, reject) => {
    execFile(
      'nvim',
      ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${harness}`],
      // Neovim must not wait for a terminal or read the test runner's stdin.
      { env: { ...process.env, ...variables, TERM: 'dumb' }, timeout: 45_000, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const events = stdout
          .split('\n')
          .filter((line) => line.startsWith('{'))
          .map((line) => JSON.parse(line) as HarnessEvent);
        if (error) reject(new Error(`nvim failed (${error.message})\n${stdout}\n${stderr}`));
        else resolve(events);
      },
    ).stdin?.end();
  });
}

const fixture = (path: string) => join(repositoryRoot, 'test-fixtures', path);
const eventsOf = (events: HarnessEvent[], name: string) => events.filter((e) => e.event === name);
const firstDiagnostics = (events: HarnessEvent[]) => eventsOf(events, 'diagnostics')[0].diagnostics as WireDiagnostic[];
const range = (line: number, start: number, end: number): WireRange => ({ start: { line, character: start }, end: { line, character: end } });

/** The CLI's expected findings of a fixture (1-based), as 0-based LSP ranges, sorted. */
/** The editor runs the default preset; the fixtures' expectations are written for `strict`. */
const recommended = new Set(rules.filter((rule) => rule.preset === 'recommended').map((rule) => rule.id));

function expectedOf(path: string): { code: string; range: WireRange }[] {
  const expected = JSON.parse(readFileSync(join(repositoryRoot, 'test-fixtures/expected', `${path}.expected.json`), 'utf8')) as {
    findings: { ruleId: string; range: { start: { line: number; column: number }; end: { line: number; column: number } } }[];
  };
  return sorted(
    expected.findings.filter((f) => recommended.has(f.ruleId) || f.ruleId === 'syntax').map((f) => ({
      code: f.ruleId,
      range: {
        start: { line: f.range.start.line - 1, character: f.range.start.column - 1 },
        end: { line: f.range.end.line - 1, character: f.range.end.column - 1 },
      },
    })),
  );
}

function sorted(items: { code: string; range: WireRange }[]): { code: string; range: WireRange }[] {
  const key = (d: { code: string; range: WireRange }) =>
    [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character].map((n) => String(n).padStart(6, '0')).join(':') + d.code;
  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

const title = runNeovim ? 'Neovim as the language client' : 'Neovim as the language client (skipped: nvim is not installed)';

describe.skipIf(!runNeovim)(title, () => {
  it('shows the findings of a privileged DaemonSet, hovers, offers quick fixes and re-lints an edit', async () => {
    const events = await neovim(fixture('kubernetes/privileged-daemonset.yaml'), 'yaml', {
      SG_HOVER: { line: 25, character: 26 },
      SG_ACTIONS: '1',
      SG_EDIT: { line: 25, text: '            privileged: false' },
    });
    expect(eventsOf(events, 'server_exit').filter((e) => e.code !== 0)).toEqual([]);

    const first = firstDiagnostics(events);
    expect(first.map((d) => d.code)).toEqual(['K8S-003', 'K8S-001', 'K8S-002']);
    // `true` of `privileged: true` in the init container, and the `0` of `runAsUser: 0`.
    expect(first.find((d) => d.code === 'K8S-001')).toMatchObject({ range: range(25, 24, 28), severity: 1 });
    expect(first.find((d) => d.code === 'K8S-002')).toMatchObject({ range: range(27, 23, 24), severity: 1 });
    // The init container's name, the would-be parent of the missing readOnlyRootFilesystem.
    expect(first.find((d) => d.code === 'K8S-003')).toMatchObject({ range: range(21, 16, 22), severity: 2 });
    // The same findings, at the same places, as the command line reports for the file.
    expect(sorted(first.map(({ code, range: r }) => ({ code, range: r })))).toEqual(expectedOf('kubernetes/privileged-daemonset.yaml'));

    const [hover] = eventsOf(events, 'hover');
    expect(hover.kind).toBe('markdown');
    expect(hover.range).toEqual(range(25, 24, 28));
    expect(hover.value).toContain('K8S-001: Containers must not run privileged');
    expect(hover.value).toMatch(/^- 4\.3 /m);
    expect(hover.value).toMatch(/\[AC-6\]\(https:\/\/csrc\.nist\.gov\//);
    expect(hover.value).toMatch(/\[A\.8\.2\]\(https:/);

    const actions = Object.fromEntries(eventsOf(events, 'code_actions').map((e) => [e.code, e.titles]));
    expect(actions['K8S-001']).toEqual(['Remove privileged: true', 'Set privileged: false', 'Suppress K8S-001 here', 'Show documentation for K8S-001']);
    expect(actions['K8S-002']).toEqual(['Run as UID 10001', 'Suppress K8S-002 here', 'Show documentation for K8S-002']);

    // Neovim's incremental change: the finding goes, the others stay where they were, and the
    // container, no longer privileged, is judged on allowPrivilegeEscalation (K8S-001 covered it before).
    const [edited] = eventsOf(events, 'edited');
    const after = eventsOf(events, 'diagnostics').find((e) => e.version === edited.version)!.diagnostics as WireDiagnostic[];
    expect(after.map((d) => d.code)).toEqual(['K8S-003', 'K8S-007', 'K8S-002']);
    const [summary] = eventsOf(events, 'summary');
    expect(summary.shown).toEqual([
      { code: 'K8S-003', lnum: 21, col: 16, end_lnum: 21, end_col: 22 },
      { code: 'K8S-007', lnum: 21, col: 16, end_lnum: 21, end_col: 22 },
      { code: 'K8S-002', lnum: 27, col: 23, end_lnum: 27, end_col: 24 },
    ]);
  });

  it('shows the finding of a Dockerfile that switches to root', async () => {
    const events = await neovim(fixture('dockerfile/root-user.Dockerfile'), 'dockerfile');
    const first = firstDiagnostics(events);
    expect(first).toHaveLength(1);
    // The `root` of `USER root`.
    expect(first[0]).toMatchObject({ code: 'DKR-001', range: range(9, 5, 9), severity: 1 });
    expect(sorted(first.map(({ code, range: r }) => ({ code, range: r })))).toEqual(expectedOf('dockerfile/root-user.Dockerfile'));
  });

  it('shows the findings of a Terraform security group open to SSH', async () => {
    const events = await neovim(fixture('terraform/aws-sg-open-ssh.tf'), 'terraform');
    const first = firstDiagnostics(events);
    expect(first.filter((d) => d.code === 'TF-001')).toHaveLength(3);
    expect(sorted(first.map(({ code, range: r }) => ({ code, range: r })))).toEqual(expectedOf('terraform/aws-sg-open-ssh.tf'));
  });

  it('applies settings pushed after initialize', async () => {
    const events = await neovim(fixture('kubernetes/privileged-daemonset.yaml'), 'yaml', {
      SG_SETTINGS: { disabledRules: ['K8S-001'], minimumSeverity: 'high' },
    });
    // K8S-001 disabled, K8S-003 (medium) below the minimum: only K8S-002 is left.
    expect(eventsOf(events, 'diagnostics').map((e) => (e.diagnostics as WireDiagnostic[]).map((d) => d.code))).toEqual([['K8S-002']]);
  });
});

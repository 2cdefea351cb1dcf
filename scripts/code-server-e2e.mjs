// Editor tests in a real VS Code workbench: code-server (the VS Code server with a Node extension
// host) driven by Chromium through playwright-core.
//
//   node scripts/code-server-e2e.mjs [--skip-setup] [--skip-package] [--keep]
//
// 1. installs code-server and Chromium if missing (scripts/code-server-setup.sh),
// 2. builds and packages the extension (scripts/package-extension.mjs) and the test suite,
// 3. installs the .vsix into a fresh extensions folder and starts code-server on 127.0.0.1,
// 4. runs test/e2e/suite in the extension host (the workbench URL carries extensionDevelopmentPath
//    and extensionTestsPath, pointing at the installed extension), reading results from a file,
// 5. checks the workbench as a person sees it: squiggles, the hover, a quick fix through Ctrl+.,
//    and the status-bar count; screenshots go to test/e2e/artifacts/.
//
// Ends with "N passed, N failed"; exits non-zero on any failure.

import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: flags } = parseArgs({
  options: { 'skip-setup': { type: 'boolean' }, 'skip-package': { type: 'boolean' }, keep: { type: 'boolean' } },
});
const started = Date.now();
const installDir = process.env.SHIFTGUARD_CODE_SERVER_DIR ?? join(homedir(), '.cache/shiftguard-code-server');
const codeServer = join(installDir, 'node_modules/.bin/code-server');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const artifacts = join(root, 'test/e2e/artifacts');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const extensionFolderName = `${manifest.publisher}.${manifest.name}-${manifest.version}`;

const results = [];
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
const step = (message) => console.log(`[${elapsed()}] ${message}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function run(command, args, options = {}) {
  execFileSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], ...options });
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function waitFor(check, what, timeoutMs, intervalMs = 250) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(intervalMs);
  }
}

// ---------------------------------------------------------------------------------------------
// Setup: tools, extension, workspace

if (!flags['skip-setup']) {
  step('code-server and Chromium');
  run('bash', [join(root, 'scripts/code-server-setup.sh'), installDir]);
}
if (!existsSync(codeServer)) throw new Error(`code-server is not installed in ${installDir}; run scripts/code-server-setup.sh`);
if (!existsSync(chromiumPath)) throw new Error(`no Chromium at ${chromiumPath}; run scripts/code-server-setup.sh`);

const scratch = mkdtempSync(join(tmpdir(), 'shiftguard-e2e-'));
const vsix = join(scratch, 'shiftguard.vsix');
if (!flags['skip-package']) {
  step('build and package the extension');
  run(process.execPath, [join(root, 'scripts/package-extension.mjs'), '--out', vsix], { stdio: ['ignore', 'ignore', 'inherit'] });
} else {
  run(process.execPath, [join(root, 'scripts/package-extension.mjs'), '--skip-build', '--out', vsix], { stdio: ['ignore', 'ignore', 'inherit'] });
}
step('build the test suite');
run(process.execPath, [join(root, 'test/e2e/build.mjs')]);

const dirs = {
  data: join(scratch, 'data'),
  extensions: join(scratch, 'extensions'),
  xdg: join(scratch, 'xdg'),
  workspace: join(scratch, 'workspace'),
  // A second copy for the UI checks, so that the editors the suite left open are not restored there.
  uiWorkspace: join(scratch, 'ui-workspace'),
  chrome: join(scratch, 'chrome'),
};
for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
// The tests edit files: give them a copy.
cpSync(join(root, 'test/e2e/workspace'), dirs.workspace, { recursive: true });
cpSync(join(root, 'test/e2e/workspace'), dirs.uiWorkspace, { recursive: true });
mkdirSync(join(dirs.data, 'User'), { recursive: true });
writeFileSync(
  join(dirs.data, 'User/settings.json'),
  JSON.stringify(
    {
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'workbench.enableExperiments': false,
      'telemetry.telemetryLevel': 'off',
      'security.workspace.trust.enabled': false,
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'update.mode': 'none',
      'git.enabled': false,
      'editor.hover.delay': 200,
      'editor.minimap.enabled': false,
      'window.commandCenter': false,
      'workbench.colorTheme': 'Default Dark Modern',
    },
    null,
    2,
  ),
);
rmSync(artifacts, { recursive: true, force: true });
mkdirSync(artifacts, { recursive: true });

const env = { ...process.env, XDG_CONFIG_HOME: dirs.xdg, XDG_DATA_HOME: join(dirs.xdg, 'data') };
const common = ['--user-data-dir', dirs.data, '--extensions-dir', dirs.extensions];
step('install the .vsix into code-server');
run(codeServer, [...common, '--install-extension', vsix], { env, stdio: ['ignore', 'ignore', 'inherit'] });
const installedExtension = join(dirs.extensions, extensionFolderName);
if (!existsSync(join(installedExtension, 'dist/extension.js'))) throw new Error(`the .vsix did not install into ${installedExtension}`);
if (existsSync(join(installedExtension, 'node_modules'))) throw new Error('the installed extension carries node_modules');

// ---------------------------------------------------------------------------------------------
// code-server and the browser

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const resultFile = join(scratch, 'suite-result.json');
const serverLog = join(scratch, 'code-server.log');
step(`start code-server on ${origin}`);
const server = spawn(
  codeServer,
  [
    ...common,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    dirs.workspace,
  ],
  { env: { ...env, SHIFTGUARD_E2E_RESULT: resultFile }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
);
const serverOutput = [];
server.stdout.on('data', (chunk) => serverOutput.push(chunk));
server.stderr.on('data', (chunk) => serverOutput.push(chunk));

let context;
const stopAll = async () => {
  await context?.close().catch(() => undefined);
  if (server.exitCode === null) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  writeFileSync(serverLog, Buffer.concat(serverOutput));
};

function record(name, ok, detail = '') {
  results.push({ name, ok, detail });
  console.log(`  ${ok ? '✓' : '✗'} ${name}${detail ? `\n${String(detail).replace(/^/gm, '      ')}` : ''}`);
}

let page;
let failures = 0;
async function check(name, fn) {
  try {
    await fn();
    record(name, true);
  } catch (error) {
    const shot = join(artifacts, `failure-${++failures}.png`);
    await page?.screenshot({ path: shot }).catch(() => undefined);
    record(name, false, `${error instanceof Error ? error.message : String(error)}\n(screenshot: ${shot})`);
  }
}

try {
  await waitFor(
    async () => {
      if (server.exitCode !== null) throw new Error(`code-server exited with ${server.exitCode}:\n${Buffer.concat(serverOutput)}`);
      return fetch(`${origin}/healthz`).then((r) => r.ok, () => false);
    },
    'code-server to listen',
    60_000,
  );

  const { chromium } = await import('playwright-core');
  context = await chromium.launchPersistentContext(dirs.chrome, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1400, height: 860 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

  // -------------------------------------------------------------------------------------------
  // 1. The API suite inside the extension host.

  step('run the extension-host suite');
  const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
  const payload = [
    ['extensionDevelopmentPath', remote(installedExtension)],
    ['extensionTestsPath', remote(join(root, 'dist-test/suite/index.js'))],
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ];
  const suitePage = await context.newPage();
  const consoleLines = [];
  suitePage.on('console', (message) => consoleLines.push(message.text()));
  await suitePage.goto(`${origin}/?folder=${encodeURIComponent(dirs.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  try {
    await waitFor(() => existsSync(resultFile), 'the suite result file', 240_000, 500);
    const suite = JSON.parse(readFileSync(resultFile, 'utf8'));
    for (const r of suite.results) record(`extension host: ${r.name}`, r.ok, r.ok ? '' : r.error);
  } catch (error) {
    const logs = consoleLines.filter((l) => /shiftguard|error|extension host/i.test(l)).slice(-40).join('\n');
    record('extension host: suite finished', false, `${error.message}\n${logs}`);
  }
  await suitePage.close();

  // -------------------------------------------------------------------------------------------
  // 2. The workbench as a person uses it, with the installed extension.

  step('check the workbench UI');
  page = await context.newPage();
  await page.goto(`${origin}/?folder=${encodeURIComponent(dirs.uiWorkspace)}`);
  await page.waitForSelector('.monaco-workbench .part.editor', { timeout: 60_000 });
  await page.waitForSelector('.statusbar', { timeout: 60_000 });
  await sleep(1500);

  const statusText = async () =>
    page.evaluate(() => [...document.querySelectorAll('.statusbar-item')].map((e) => e.textContent ?? '').find((t) => t.includes('Shiftguard')) ?? '');
  const statusCount = async () => {
    const match = /Shiftguard (\d+)/.exec(await statusText());
    return match ? Number(match[1]) : undefined;
  };

  await check('UI: opening a manifest from Quick Open shows squiggles', async () => {
    await page.click('.monaco-workbench .part.editor');
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10_000 });
    await page.keyboard.type('billing-api.yaml');
    await page.waitForSelector('.quick-input-list .monaco-list-row', { timeout: 10_000 });
    await page.keyboard.press('Enter');
    await page.waitForSelector('.monaco-editor .view-lines', { timeout: 20_000 });
    // Decorations are zero-height overlays to Playwright's visibility test: wait for them to exist.
    await page.waitForSelector('.monaco-editor .squiggly-error', { state: 'attached', timeout: 30_000 });
    await page.waitForSelector('.monaco-editor :is(.squiggly-warning, .squiggly-info)', { state: 'attached', timeout: 10_000 });
  });

  await check('UI: the status bar counts the findings', async () => {
    const count = await waitFor(async () => ((await statusCount()) ?? 0) >= 2 && (await statusCount()), 'a count in the status bar', 10_000);
    if (count !== 2) throw new Error(`status bar says "${await statusText()}", expected 2 findings`);
  });

  await check('UI: hovering the squiggle shows the rule with requirement and controls', async () => {
    const squiggle = page.locator('.monaco-editor .squiggly-error').first();
    const box = await squiggle.boundingBox();
    if (!box) throw new Error('the squiggle has no box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 - 4);
    const hover = page.locator('.monaco-hover:visible').filter({ hasText: 'K8S-001' }).first();
    await hover.waitFor({ state: 'visible', timeout: 10_000 });
    const text = await hover.innerText();
    for (const expected of ['runs privileged', 'Requirements', '4.3', 'Controls', 'AC-6']) {
      if (!text.includes(expected)) throw new Error(`hover lacks "${expected}":\n${text}`);
    }
    await page.screenshot({ path: join(artifacts, 'hover-squiggle.png') });
    // The hover scrolls: move into it and scroll to its requirement and controls for a second picture.
    const hoverBox = await hover.boundingBox();
    if (hoverBox) {
      await page.mouse.move(hoverBox.x + hoverBox.width / 2, hoverBox.y + hoverBox.height / 2, { steps: 5 });
      for (let i = 0; i < 6; i++) {
        await page.mouse.wheel(0, 100);
        await sleep(100);
      }
      await sleep(300);
      await page.screenshot({ path: join(artifacts, 'hover-controls.png') });
    }
  });

  await check('UI: a quick fix from Ctrl+. removes the finding', async () => {
    await page.mouse.move(10, 10);
    await page.keyboard.press('Escape');
    const squiggle = page.locator('.monaco-editor .squiggly-error').first();
    const box = await squiggle.boundingBox();
    if (!box) throw new Error('the squiggle has no box');
    // Put the cursor inside the finding, then ask for quick fixes as a person would.
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2 - 4);
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget');
    await menu.waitFor({ state: 'visible', timeout: 10_000 });
    await menu.locator('.monaco-list-row', { hasText: 'Set privileged: false' }).first().waitFor({ state: 'visible', timeout: 10_000 });
    await page.screenshot({ path: join(artifacts, 'quick-fix-menu.png') });
    // Choose with the keyboard: move down the list until the wanted fix is focused, then Enter.
    const focused = () => menu.locator('.monaco-list-row.focused').first().innerText().catch(() => '');
    for (let i = 0; i < 12 && !(await focused()).includes('Set privileged: false'); i++) await page.keyboard.press('ArrowDown');
    if (!(await focused()).includes('Set privileged: false')) throw new Error(`could not focus the fix; menu:\n${await menu.innerText()}`);
    await page.keyboard.press('Enter');
    await waitFor(async () => (await page.locator('.monaco-editor .squiggly-error').count()) === 0, 'the error squiggle to go', 15_000);
    const lines = await page.locator('.monaco-editor .view-lines').first().innerText();
    if (!/privileged:\s*false/.test(lines.replace(/\u00a0/g, ' '))) throw new Error(`the edit is not in the editor:\n${lines}`);
    await waitFor(async () => (await statusCount()) === 1, 'the status bar to count 1 finding', 10_000);
    await page.screenshot({ path: join(artifacts, 'after-quick-fix.png') });
  });

  await check('UI: "Shiftguard: Lint Workspace" counts findings of files that are not open', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10_000 });
    await page.keyboard.type('Shiftguard: Lint Workspace');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Lint Workspace' }).first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    // The open manifest keeps its one finding; the scan adds TF-001 from infra/network.tf.
    await waitFor(async () => (await statusCount()) === 2, 'the status bar to count 2 findings', 20_000);
    await page.locator('.notification-toast', { hasText: /\d+ files? linted/ }).first().waitFor({ timeout: 10_000 });
    await page.screenshot({ path: join(artifacts, 'lint-workspace.png') });
  });

  await check('UI: "Shiftguard: Show Rule Documentation" opens the rule page', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10_000 });
    await page.keyboard.type('Shiftguard: Show Rule Documentation');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show Rule Documentation' }).first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'TF-001' }).first().waitFor({ timeout: 10_000 });
    await page.keyboard.type('TF-001');
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab', { hasText: 'TF-001' }).first().waitFor({ timeout: 15_000 });
    await sleep(1500);
    await page.screenshot({ path: join(artifacts, 'rule-documentation.png') });
  });
} finally {
  await stopAll();
}

const failed = results.filter((r) => !r.ok).length;
console.log(`\nScreenshots: ${artifacts}`);
if (!flags.keep && failed === 0) rmSync(scratch, { recursive: true, force: true });
else console.log(`Scratch folder kept: ${scratch} (code-server log: ${serverLog})`);
console.log(`Editor tests took ${elapsed()}`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed > 0 || results.length === 0 ? 1 : 0;

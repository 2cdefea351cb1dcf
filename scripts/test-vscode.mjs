// Runs the editor test suite (test/e2e/suite) in desktop VS Code through @vscode/test-electron,
// where VS Code can be downloaded. Without network access use `npm run test:e2e`, which runs the
// same suite in code-server.
//
//   node scripts/test-vscode.mjs            (VSCODE_VERSION=1.91.1 to test the oldest supported)
//
// On Linux without a display, run it under `xvfb-run -a`.

import { runTests } from '@vscode/test-electron';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
execFileSync(process.execPath, [join(root, 'test/e2e/build.mjs')], { cwd: root, stdio: 'inherit' });

const scratch = mkdtempSync(join(tmpdir(), 'shiftguard-vscode-'));
const workspace = join(scratch, 'workspace');
const resultFile = join(scratch, 'suite-result.json');
// The suite edits files: give it a copy of the fixtures.
cpSync(join(root, 'test/e2e/workspace'), workspace, { recursive: true });

let exitCode = 1;
try {
  exitCode = await runTests({
    version: process.env.VSCODE_VERSION ?? 'stable',
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'dist-test/suite/index.js'),
    extensionTestsEnv: { SHIFTGUARD_E2E_RESULT: resultFile },
    launchArgs: [
      workspace,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--user-data-dir',
      join(scratch, 'user-data'),
    ],
  });
} catch (error) {
  console.error(`VS Code tests did not run: ${error instanceof Error ? error.message : String(error)}`);
  console.error('Where VS Code cannot be downloaded, run `npm run test:e2e` (code-server) instead.');
}
if (existsSync(resultFile)) {
  const { results } = JSON.parse(readFileSync(resultFile, 'utf8'));
  const failed = results.filter((r) => !r.ok).length;
  console.log(`${results.length - failed} passed, ${failed} failed`);
  if (failed > 0) exitCode = 1;
}
rmSync(scratch, { recursive: true, force: true });
process.exitCode = exitCode;

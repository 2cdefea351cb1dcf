import { writeFileSync } from 'node:fs';
import { runAll } from './runner';
import './extension.e2e';

/**
 * Entry point the extension host calls when started with `extensionTestsPath` (VS Code through
 * @vscode/test-electron, or code-server). Results go to the console and, when
 * SHIFTGUARD_E2E_RESULT names a file, to that file as JSON for the driver to read.
 */
export async function run(): Promise<void> {
  const lines: string[] = [];
  const log = (line: string) => {
    lines.push(line);
    console.log(line);
  };
  log('Shiftguard editor tests');
  const results = await runAll(log);
  const failed = results.filter((r) => !r.ok).length;
  log(`${results.length - failed} passed, ${failed} failed`);
  const out = process.env.SHIFTGUARD_E2E_RESULT;
  if (out) writeFileSync(out, JSON.stringify({ results, log: lines }, null, 2));
  if (failed > 0) throw new Error(`${failed} editor test(s) failed`);
}

import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AnyRule } from '../engine/rule';
import type { Finding } from '../engine/types';
import { checkFile, type CheckOptions } from '../cli/check-file';
import { collectFiles, type Candidate } from '../cli/walk';
import { unreadFindings } from '../cli/unread';
import { detectKind } from '../parsers';
import { failureFinding, isFailure, type OffThreadLinter } from './off-thread-linter';
import { capFindings } from './finding-cap';
import type { ServerSettings } from './settings';

/** The request an editor sends to lint every file of the workspace: `shiftguard/lintWorkspace`. */
export const lintWorkspaceRequest = 'shiftguard/lintWorkspace';

export interface ScanProgress {
  report(percentage: number, message: string): void;
}

export interface ScanHost {
  rules(): readonly AnyRule[];
  settings(): ServerSettings;
  /** Open documents are linted from their buffers, not from disk. */
  isOpen(uri: string): boolean;
  /** Called for every file the scan covers, open or not. */
  visit(uri: string): void;
  /** At most `maxDiagnostics` findings of a file, the most severe, and how many more it has. */
  publish(uri: string, findings: Finding[], omitted: number): void;
  offThread?: OffThreadLinter;
  isCancelled(): boolean;
}

export interface ScanSummary {
  files: number;
  findings: number;
  cancelled: boolean;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Workspace folder URIs to local paths; URIs of other schemes cannot be walked. */
export function folderPaths(uris: readonly string[]): string[] {
  return uris.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
}

/**
 * Lints every file of the folders that Shiftguard understands, honouring .gitignore as the
 * command line does, and publishes each file's findings as it goes, so that the Problems view
 * fills up while the scan runs. Files are checked on the worker thread when there is one.
 */
export async function scanWorkspace(folders: readonly string[], host: ScanHost, progress: ScanProgress): Promise<ScanSummary> {
  const settings = host.settings();
  const options: CheckOptions = {
    maxFileSize: settings.maxFileSize,
    fix: false,
    disabledRules: settings.disabledRules,
    preset: settings.preset,
    threshold: settings.minimumSeverity,
    keepText: false,
  };
  const candidates = new Map<string, Candidate>();
  for (const folder of folders) {
    try {
      for (const candidate of collectFiles([folder], folder)) if (!candidates.has(candidate.path)) candidates.set(candidate.path, candidate);
    } catch {
      // A folder that is gone or unreadable has nothing to lint.
    }
  }
  const paths = [...candidates.keys()].sort();

  let findings = 0;
  for (const [index, path] of paths.entries()) {
    if (host.isCancelled()) return { files: index, findings, cancelled: true };
    const uri = pathToFileURL(path).href;
    host.visit(uri);
    const kind = detectKind(path);
    const unread = unreadFindings(candidates.get(path)!);
    if (unread.length > 0) {
      // Not a file to lint (a dangling link, a FIFO, an unreadable .gitignore): say so where it is.
      if ((!kind || settings.enable[kind]) && !host.isOpen(uri)) {
        host.publish(uri, unread, 0);
        findings += unread.length;
      }
    } else if (kind && settings.enable[kind] && !host.isOpen(uri)) {
      const found = host.offThread
        ? await host.offThread.checkFile(path, options, settings.maxDiagnostics).result
        : capFindings((await checkFile(path, host.rules(), options)).findings, settings.maxDiagnostics);
      const checked = isFailure(found) ? { findings: [failureFinding(found)], omitted: 0 } : found;
      if (checked && !host.isOpen(uri)) {
        host.publish(uri, checked.findings, checked.omitted);
        findings += checked.findings.length + checked.omitted;
      }
    }
    progress.report(Math.round(((index + 1) / paths.length) * 100), `${index + 1}/${paths.length} files`);
    await yieldToEventLoop();
  }
  return { files: paths.length, findings, cancelled: false };
}

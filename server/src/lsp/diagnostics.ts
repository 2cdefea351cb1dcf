import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, FindingSeverity } from '../engine/types';
import { ruleDocsUrl } from '../engine/rule-docs';

const severityMap: Record<FindingSeverity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  critical: DiagnosticSeverity.Error,
  high: DiagnosticSeverity.Error,
  medium: DiagnosticSeverity.Warning,
  low: DiagnosticSeverity.Information,
  info: DiagnosticSeverity.Hint,
};

/** What a diagnostic carries back to code actions: which finding of which document version. */
export interface DiagnosticData {
  version: number;
  index: number;
}

/** Converts a finding to an LSP diagnostic. `docsHref` gives the documentation link of a rule. */
export function toDiagnostic(
  finding: Finding,
  data: DiagnosticData,
  documentUri: string,
  docsHref: (ruleId: string) => string = ruleDocsUrl,
): Diagnostic {
  return {
    range: finding.range,
    severity: severityMap[finding.severity],
    source: 'shiftguard',
    code: finding.ruleId,
    codeDescription: { href: docsHref(finding.ruleId) },
    message: finding.requirements.length ? `${finding.message} [req ${finding.requirements.join(', ')}]` : finding.message,
    relatedInformation: finding.related.map((r) => ({
      location: { uri: r.path ? pathToFileURL(r.path).href : documentUri, range: r.range },
      message: r.message,
    })),
    data,
  };
}

/** The code of the note that says how many findings of a document were not published. */
export const omittedCode = 'omitted';

/**
 * The note published after the first `limit` diagnostics of a document, at 1:1 where the eye
 * starts: how many more there are and where to see them all.
 */
export function omittedNote(omitted: number, limit: number): Diagnostic {
  const count = (n: number) => n.toLocaleString('en-US');
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: 'shiftguard',
    code: omittedCode,
    message:
      `${count(omitted)} more ${omitted === 1 ? 'problem is' : 'problems are'} not shown: the editor shows at most ${count(limit)} per document ` +
      '(shiftguard.maxDiagnostics), the most severe first. `shiftguard lint` on this file lists them all.',
  };
}

/**
 * Links to the rule pages shipped beside the server bundle (`docs/<ID>.md`), which open offline;
 * the published documentation URL where no page is shipped (running from source, built-in codes).
 */
export function offlineDocsHref(directory: string | undefined = typeof __dirname !== 'undefined' ? join(__dirname, 'docs') : undefined): (ruleId: string) => string {
  return (ruleId) => {
    const page = directory ? join(directory, `${ruleId}.md`) : undefined;
    return page && existsSync(page) ? pathToFileURL(page).href : ruleDocsUrl(ruleId);
  };
}

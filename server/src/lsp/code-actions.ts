import {
  CodeActionKind,
  TextDocumentEdit,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixesOverlap } from '../engine/edits';
import type { Finding, Fix } from '../engine/types';
import type { LintResult } from './document-linter';
import type { DiagnosticData } from './diagnostics';

/** The kind clients request for "fix all" on save: `source.fixAll.shiftguard`. */
export const fixAllKind = `${CodeActionKind.SourceFixAll}.shiftguard`;
export const showDocumentationCommand = 'shiftguard.showRuleDocumentation';

function edit(document: TextDocument, edits: TextEdit[]) {
  // A versioned edit: the client refuses it if the document changed since we linted it.
  return { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, edits)] };
}

function quickFix(document: TextDocument, fix: Fix, diagnostic: Diagnostic, preferred: boolean): CodeAction {
  return { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: preferred, edit: edit(document, fix.edits) };
}

/** A comment line above the finding, in the file's comment syntax, with a reason to fill in. */
function suppressAction(document: TextDocument, finding: Finding, diagnostic: Diagnostic): CodeAction {
  const line = finding.range.start.line;
  const lineText = document.getText({ start: { line, character: 0 }, end: { line, character: Number.MAX_SAFE_INTEGER } }).replace(/\r?\n$/, '');
  const indent = /^[ \t]*(- )?/.exec(lineText)![0].replace('- ', '  ');
  const eol = document.getText().includes('\r\n') ? '\r\n' : '\n';
  const comment = `${indent}# shiftguard-ignore ${finding.ruleId} -- reason${eol}`;
  return {
    title: `Suppress ${finding.ruleId} here`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: edit(document, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: comment }]),
  };
}

function findingOf(result: LintResult, diagnostic: Diagnostic): Finding | undefined {
  const data = diagnostic.data as DiagnosticData | undefined;
  if (diagnostic.source !== 'shiftguard' || !data || data.version !== result.version) return undefined;
  const finding = result.findings[data.index];
  return finding && finding.ruleId === diagnostic.code ? finding : undefined;
}

/** Every safe fix of the document that does not overlap an earlier one. */
export function fixAllEdits(result: LintResult): TextEdit[] {
  const chosen: Fix[] = [];
  for (const finding of result.findings) {
    if (finding.fix && !chosen.some((other) => fixesOverlap(other, finding.fix!))) chosen.push(finding.fix);
  }
  return chosen.flatMap((fix) => fix.edits);
}

/** Code actions for a request: fix, suggestions, suppression and documentation per finding; fix-all. */
export function codeActions(document: TextDocument, result: LintResult | undefined, params: CodeActionParams): CodeAction[] {
  if (!result || result.version !== document.version) return [];
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const actions: CodeAction[] = [];

  if (wants(CodeActionKind.QuickFix)) {
    for (const diagnostic of params.context.diagnostics) {
      const finding = findingOf(result, diagnostic);
      if (!finding) continue;
      if (finding.fix) actions.push(quickFix(document, finding.fix, diagnostic, true));
      for (const suggestion of finding.suggestions) actions.push(quickFix(document, suggestion, diagnostic, false));
      if (/^[A-Z0-9]+-\d+$/.test(finding.ruleId)) {
        actions.push(suppressAction(document, finding, diagnostic));
        actions.push({
          title: `Show documentation for ${finding.ruleId}`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          command: { title: `Show documentation for ${finding.ruleId}`, command: showDocumentationCommand, arguments: [finding.ruleId] },
        });
      }
    }
  }

  if (wants(fixAllKind)) {
    const edits = fixAllEdits(result);
    if (edits.length > 0) actions.push({ title: 'Fix all Shiftguard problems', kind: fixAllKind, edit: edit(document, edits) });
  }
  return actions;
}

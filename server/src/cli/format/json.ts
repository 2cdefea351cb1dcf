import type { Range } from '../../engine/text';
import type { Finding, Fix } from '../../engine/types';
import type { FileResult } from '../check-file';
import { displayPath, summarize, toolName, toolVersion, type Report, type Summary } from '../report';
import { safeJson } from './terminal';

/** A 1-based position: what an editor shows. */
export interface JsonPosition {
  line: number;
  column: number;
}

export interface JsonRange {
  start: JsonPosition;
  end: JsonPosition;
}

export interface JsonFix {
  title: string;
  edits: { range: JsonRange; newText: string }[];
}

export interface JsonFinding {
  ruleId: string;
  severity: Finding['severity'];
  message: string;
  requirements: string[];
  range: JsonRange;
  fix?: JsonFix;
  suggestions: JsonFix[];
  related: { message: string; path: string; range: JsonRange }[];
}

export interface JsonFile {
  path: string;
  kind: FileResult['kind'];
  findings: JsonFinding[];
}

/** The `--format json` document; see docs/json-format.md. Bump `version` on breaking changes. */
export interface JsonReport {
  version: 1;
  tool: { name: string; version: string };
  summary: Summary;
  files: JsonFile[];
}

export function jsonRange(range: Range): JsonRange {
  return {
    start: { line: range.start.line + 1, column: range.start.character + 1 },
    end: { line: range.end.line + 1, column: range.end.character + 1 },
  };
}

function jsonFix(fix: Fix): JsonFix {
  return { title: fix.title, edits: fix.edits.map((e) => ({ range: jsonRange(e.range), newText: e.newText })) };
}

/** One file's entry; also what `test-fixtures/expected/` stores per fixture. */
export function jsonFile(cwd: string, file: FileResult): JsonFile {
  const path = displayPath(cwd, file.path);
  return {
    path,
    kind: file.kind,
    findings: file.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      requirements: [...f.requirements],
      range: jsonRange(f.range),
      ...(f.fix ? { fix: jsonFix(f.fix) } : {}),
      suggestions: f.suggestions.map(jsonFix),
      related: f.related.map((r) => ({
        message: r.message,
        path: r.path === undefined ? path : displayPath(cwd, r.path),
        range: jsonRange(r.range),
      })),
    })),
  };
}

export function buildJsonReport(report: Report): JsonReport {
  return {
    version: 1,
    tool: { name: toolName, version: toolVersion },
    summary: summarize(report),
    files: report.files.map((file) => jsonFile(report.cwd, file)),
  };
}

export function formatJson(report: Report): string {
  return `${safeJson(buildJsonReport(report))}\n`;
}

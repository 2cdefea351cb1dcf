import { ErrorCodes, ResponseError, type CodeActionContext, type Position, type Range } from 'vscode-languageserver/node';

/** Request parameters as they arrive: anything at all, until checked here. */
type Raw = unknown;

function invalid(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}

function object(value: Raw, name: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid(`${name} must be an object`);
  return value as Record<string, unknown>;
}

/** LSP positions and lengths are unsigned integers. */
function uinteger(value: Raw, name: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 2 ** 31 - 1) throw invalid(`${name} must be a non-negative integer`);
  return value;
}

function position(value: Raw, name: string): Position {
  const p = object(value, name);
  return { line: uinteger(p.line, `${name}.line`), character: uinteger(p.character, `${name}.character`) };
}

function range(value: Raw, name: string): Range {
  const r = object(value, name);
  const start = position(r.start, `${name}.start`);
  const end = position(r.end, `${name}.end`);
  if (end.line < start.line || (end.line === start.line && end.character < start.character)) throw invalid(`${name} ends before it starts`);
  return { start, end };
}

function textDocumentUri(params: Record<string, unknown>): string {
  const uri = object(params.textDocument, 'textDocument').uri;
  if (typeof uri !== 'string' || uri === '') throw invalid('textDocument.uri must be a non-empty string');
  return uri;
}

/**
 * Throws InvalidParams for a position past the last line of an open document. A character past
 * the end of its line is allowed: the specification says it means the end of the line.
 */
export function checkInDocument(at: Position, lineCount: number, name = 'position'): void {
  if (at.line >= lineCount) throw invalid(`${name}.line ${at.line} is past the end of the document (${lineCount} lines)`);
}

/** `textDocument/hover` (and any request on a position in a document); throws InvalidParams. */
export function positionParams(raw: Raw): { uri: string; position: Position } {
  const params = object(raw, 'params');
  return { uri: textDocumentUri(params), position: position(params.position, 'position') };
}

/** `textDocument/codeAction`; throws InvalidParams. */
export function codeActionParams(raw: Raw): { uri: string; range: Range; context: CodeActionContext } {
  const params = object(raw, 'params');
  const uri = textDocumentUri(params);
  const at = range(params.range, 'range');
  const context = object(params.context, 'context');
  if (!Array.isArray(context.diagnostics)) throw invalid('context.diagnostics must be an array');
  context.diagnostics.forEach((d, i) => object(d, `context.diagnostics[${i}]`));
  if (context.only !== undefined && !(Array.isArray(context.only) && context.only.every((k) => typeof k === 'string'))) {
    throw invalid('context.only must be an array of strings');
  }
  return { uri, range: at, context: context as unknown as CodeActionContext };
}

/** `workspace/executeCommand`; throws InvalidParams. */
export function commandParams(raw: Raw): { command: string; arguments: unknown[] } {
  const params = object(raw, 'params');
  if (typeof params.command !== 'string') throw invalid('command must be a string');
  if (params.arguments !== undefined && !Array.isArray(params.arguments)) throw invalid('arguments must be an array');
  return { command: params.command, arguments: (params.arguments as unknown[] | undefined) ?? [] };
}

/** `shiftguard/lintWorkspace`: optional folder URIs; throws InvalidParams. */
export function lintWorkspaceParams(raw: Raw): { folders?: string[] } {
  if (raw === undefined || raw === null) return {};
  const params = object(raw, 'params');
  if (params.folders === undefined) return {};
  if (!Array.isArray(params.folders) || !params.folders.every((f) => typeof f === 'string')) throw invalid('folders must be an array of URI strings');
  return { folders: params.folders as string[] };
}

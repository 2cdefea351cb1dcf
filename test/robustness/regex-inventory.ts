import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** Where a regular expression is written: repository-relative path, 1-based line and column. */
export interface RegexSite {
  file: string;
  line: number;
  column: number;
}

/** A pattern whose source is known at build time: a literal, or `RegExp` / `match` with a literal string. */
export interface LiteralPattern extends RegexSite {
  source: string;
  flags: string;
}

/**
 * A pattern built at run time. `call` is the expression's text with whitespace collapsed, which
 * identifies it in the list of reviewed patterns independently of its line. `template` is set when
 * the pattern is a template literal, so that a reviewed entry can be checked with sample values.
 */
export interface DynamicPattern extends RegexSite {
  call: string;
  template?: { head: string; spans: { expression: string; literal: string }[] };
  flags?: string;
}

export interface RegexInventory {
  files: string[];
  literals: LiteralPattern[];
  dynamic: DynamicPattern[];
}

const scriptExtension = /\.(?:[cm]?ts|[cm]?js)$/;

/** The script files (TypeScript and JavaScript, not declarations) under `folders` of `root`, sorted. */
export function sourceFiles(root: string, folders: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (scriptExtension.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
    }
  };
  for (const folder of folders) walk(join(root, folder));
  return out.sort();
}

/** Splits the text of a regular expression literal, `/source/flags`. */
function splitLiteral(text: string): { source: string; flags: string } {
  const end = text.lastIndexOf('/');
  return { source: text.slice(1, end), flags: text.slice(end + 1) };
}

function staticString(node: ts.Node | undefined): string | undefined {
  if (node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))) return node.text;
  return undefined;
}

/** Methods of `String.prototype` that turn a string argument into a regular expression. */
const implicitRegexMethods = new Set(['match', 'matchAll', 'search']);

/**
 * Every regular expression of the product's sources under `folders`: literals, `new RegExp(...)`
 * and `RegExp(...)` calls, and `match`/`matchAll`/`search` calls on strings whose argument is not a
 * RegExp (JavaScript compiles that argument as a pattern). TypeScript files are type-checked to
 * tell a RegExp argument from a string; in plain JavaScript every non-literal argument counts as
 * dynamic.
 */
export function collectRegexes(root: string, folders: readonly string[]): RegexInventory {
  const files = sourceFiles(root, folders);
  const typed = files.filter((f) => /\.[cm]?ts$/.test(f));
  const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (!config) throw new Error('tsconfig.json could not be read');
  const program = ts.createProgram(typed, { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();

  const literals: LiteralPattern[] = [];
  const dynamic: DynamicPattern[] = [];

  for (const path of files) {
    const typedFile = program.getSourceFile(path);
    const file = typedFile ?? ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
    const name = relative(root, path).split('\\').join('/');
    const site = (node: ts.Node): RegexSite => {
      const { line, character } = file.getLineAndCharacterOfPosition(node.getStart(file));
      return { file: name, line: line + 1, column: character + 1 };
    };
    const isRegExpValue = (node: ts.Node) => {
      if (ts.isRegularExpressionLiteral(node)) return true;
      if (!typedFile) return false;
      return checker.getTypeAtLocation(node).getSymbol()?.getName() === 'RegExp';
    };
    const isStringValue = (node: ts.Node) => {
      if (!typedFile) return true;
      return (checker.getTypeAtLocation(node).getFlags() & ts.TypeFlags.StringLike) !== 0;
    };
    const addDynamic = (node: ts.Node, pattern: ts.Node, flags: string | undefined) => {
      const entry: DynamicPattern = { ...site(node), call: node.getText(file).replace(/\s+/g, ' ') };
      if (ts.isTemplateExpression(pattern)) {
        entry.template = {
          head: pattern.head.text,
          spans: pattern.templateSpans.map((span) => ({ expression: span.expression.getText(file), literal: span.literal.text })),
        };
      }
      if (flags !== undefined) entry.flags = flags;
      dynamic.push(entry);
    };

    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        literals.push({ ...site(node), ...splitLiteral(node.text) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [pattern, flagsArg] = node.arguments ?? [];
        const flags = flagsArg ? staticString(flagsArg) : '';
        const source = staticString(pattern);
        if (pattern && ts.isRegularExpressionLiteral(pattern) && flags !== undefined) {
          // The literal itself is collected too; with other flags it is another pattern.
          if (flagsArg) literals.push({ ...site(node), source: splitLiteral(pattern.text).source, flags });
        } else if (source !== undefined && flags !== undefined) {
          literals.push({ ...site(node), source, flags });
        } else if (!(pattern && !flagsArg && isRegExpValue(pattern))) {
          addDynamic(node, pattern ?? node, flags);
        }
      } else if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        implicitRegexMethods.has(node.expression.name.text) &&
        node.arguments.length > 0 &&
        isStringValue(node.expression.expression)
      ) {
        const [pattern] = node.arguments;
        const source = staticString(pattern);
        const flags = node.expression.name.text === 'matchAll' ? 'g' : '';
        if (source !== undefined) literals.push({ ...site(node), source, flags });
        else if (!isRegExpValue(pattern)) addDynamic(node, pattern, flags);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { files: files.map((f) => relative(root, f)), literals, dynamic };
}

/** The pattern source of a reviewed template, with sample values for its substitutions. */
export function instantiateTemplate(template: NonNullable<DynamicPattern['template']>, samples: Record<string, string>): string {
  let source = template.head;
  for (const span of template.spans) {
    const sample = samples[span.expression];
    if (sample === undefined) throw new Error(`no sample value for \${${span.expression}}`);
    source += sample + span.literal;
  }
  return source;
}

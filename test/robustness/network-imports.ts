import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import ts from 'typescript';
import { sourceFiles } from './regex-inventory';

/** Node built-ins and packages that reach the network or start processes. */
export const networkModules = ['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'child_process', 'cluster', 'undici'];

const bareName = (specifier: string) => specifier.replace(/^node:/, '').split('/')[0];
const isNetworkModule = (specifier: string) => networkModules.includes(bareName(specifier));

/** One place that loads a network or process module, or calls `fetch`. */
export interface NetworkUse {
  /** The bundle, or the source file. */
  file: string;
  /** In a bundle: the bundled source file, from esbuild's `// path` comment before its code. */
  module?: string;
  line: number;
  /** The module name without `node:`, `fetch`, or `require(<expression>)` for a computed name. */
  what: string;
}

// esbuild starts the code of each bundled file with a comment naming it, e.g. `// node_modules/x/index.js`.
const moduleHeader = /^\/\/ (\S+\.(?:[cm]?[jt]sx?|json))$/;
// `require("x")` and `import("x")` with a literal name, `require(expression)`, and calls of `fetch(`.
const loads = /\b(?:require|import)\(\s*(?:"([^"]+)"|'([^']+)'|([^"')\s][^)]*))\)|(?<![.\w$])fetch\s*\(|\.fetch\s*\(/g;

/**
 * The network and process modules a built bundle loads, each with the bundled file that loads it,
 * plus `fetch` calls and computed `require` names (which could load anything).
 */
export function networkUsesOfBundle(file: string, text: string): NetworkUse[] {
  const uses: NetworkUse[] = [];
  let module: string | undefined;
  text.split('\n').forEach((line, index) => {
    const header = moduleHeader.exec(line);
    if (header) module = header[1];
    for (const match of line.matchAll(loads)) {
      const literal = match[1] ?? match[2];
      let what: string | undefined;
      if (literal !== undefined) what = isNetworkModule(literal) ? bareName(literal) : undefined;
      else if (match[3] !== undefined) what = `require(${match[3].trim()})`;
      else what = 'fetch';
      if (what) uses.push({ file, module: module ?? '(bundle runtime)', line: index + 1, what });
    }
  });
  return uses;
}

/**
 * The network and process modules the product's sources import (static `import`, `export ... from`,
 * `import()`, `require()`), and their calls of `fetch`, found with the TypeScript parser.
 */
export function networkUsesOfSources(root: string, folders: readonly string[]): NetworkUse[] {
  const uses: NetworkUse[] = [];
  for (const path of sourceFiles(root, folders)) {
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const file = relative(root, path).split('\\').join('/');
    const add = (node: ts.Node, what: string) => uses.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, what });
    const visit = (node: ts.Node): void => {
      if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        if (isNetworkModule(node.moduleSpecifier.text)) add(node, bareName(node.moduleSpecifier.text));
      } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
        const name = node.moduleReference.expression;
        if (ts.isStringLiteral(name) && isNetworkModule(name.text)) add(node, bareName(name.text));
      } else if (ts.isCallExpression(node)) {
        const callee = node.expression;
        const [argument] = node.arguments;
        const loadsModule = callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require');
        if (loadsModule && argument) {
          if (!ts.isStringLiteralLike(argument)) add(node, `require(${argument.getText(source)})`);
          else if (isNetworkModule(argument.text)) add(node, bareName(argument.text));
        }
        const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
        if (name === 'fetch') add(node, 'fetch');
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

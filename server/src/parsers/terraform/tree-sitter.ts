import { Edit, Language, Parser, type Point, type Tree } from 'web-tree-sitter';
import { changeBetween } from '../../engine/text';
import { assetPath } from '../assets';

let parser: Parser | undefined;
let loading: Promise<void> | undefined;

/** Loads the Terraform grammar (wasm) once per process. */
export function initTerraformGrammar(): Promise<void> {
  loading ??= (async () => {
    await Parser.init({
      locateFile: () => assetPath('web-tree-sitter.wasm', 'web-tree-sitter/web-tree-sitter.wasm'),
    });
    const language = await Language.load(
      assetPath('tree-sitter-terraform.wasm', '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm'),
    );
    const instance = new Parser();
    instance.setLanguage(language);
    parser = instance;
  })();
  return loading;
}

/** Upper bound for one parse; tree-sitter is linear, so only adversarial input gets near it. */
const parseBudgetMs = 5_000;

/**
 * Parses HCL text into a concrete syntax tree with error recovery. Returns undefined when the
 * parse ran out of its time budget. The caller must `delete()` the tree.
 *
 * With `previous`, the parse is incremental: `previous.edit` (see `editBetween`) is applied to
 * `previous.tree`, which must afterwards only be deleted, and tree-sitter reuses the subtrees the
 * edit did not touch. A keystroke in a 1,500-line file then costs a tenth of a full parse.
 */
export function parseHclTree(text: string, previous?: { tree: Tree; edit: Edit }): Tree | undefined {
  if (!parser) throw new Error('The Terraform grammar is not loaded: await initParsers() first.');
  const deadline = Date.now() + parseBudgetMs;
  previous?.tree.edit(previous.edit);
  const tree = parser.parse(text, previous?.tree ?? null, { progressCallback: () => Date.now() > deadline });
  parser.reset();
  return tree ?? undefined;
}

/**
 * The single edit that turns `before` into `after`: everything between their common prefix and
 * common suffix. Offsets and columns are UTF-16 code units, as web-tree-sitter counts them.
 */
export function editBetween(before: string, after: string): Edit {
  const { start: prefix, oldEnd, newEnd } = changeBetween(before, after);
  return new Edit({
    startIndex: prefix,
    oldEndIndex: oldEnd,
    newEndIndex: newEnd,
    startPosition: pointAt(before, prefix),
    oldEndPosition: pointAt(before, oldEnd),
    newEndPosition: pointAt(after, newEnd),
  });
}

/** Tree-sitter's position of an offset: rows end at "\n" only. */
function pointAt(text: string, offset: number): Point {
  let row = 0;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    row++;
    lineStart = at + 1;
  }
  return { row, column: offset - lineStart };
}

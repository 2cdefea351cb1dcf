import { LineIndex, withLfBreaks } from '../../engine/text';
import type { FileProblem } from '../source';
import { isTerraformJson } from '../detect';
import type { TerraformFile } from './model';
import { makeTerraformFile } from './block';
import { HclModelBuilder } from './hcl-model';
import { jsonToModel } from './json-model';
import { JsonSyntaxError, parseJsonWithOffsets } from './json-syntax';
import type { Edit, Tree } from 'web-tree-sitter';
import { editBetween, initTerraformGrammar, parseHclTree } from './tree-sitter';
import { readTopLevel, type HclSnapshot } from './hcl-incremental';

/** Loads the Terraform grammar; `initParsers()` calls this. */
export function initTerraformParser(): Promise<void> {
  return initTerraformGrammar();
}

/**
 * Parses a Terraform file (`.tf`, `.tfvars`, or their `.json` forms) into the model. HCL goes
 * through tree-sitter with error recovery, so a half-typed file still yields the blocks around
 * the error. The syntax problems found here are provisional: the authoritative check is HashiCorp's
 * parser (see `hcl-syntax.ts`), whose verdict replaces them when it is available.
 */
export function parseTerraform(path: string, text: string): TerraformFile {
  const lines = new LineIndex(text);
  if (isTerraformJson(path)) return parseJson(path, text, lines);
  const source = withLfBreaks(text);
  const tree = parseHclTree(source);
  try {
    return hclFile(path, text, source, lines, tree);
  } finally {
    tree?.delete();
  }
}

/**
 * Parses successive versions of one open HCL document, each from the one before: tree-sitter
 * re-parses incrementally, and top-level blocks the edit did not touch are taken over from the
 * previous model (see `readTopLevel`). A version whose tree has errors is parsed again from
 * scratch, so that a broken file gets exactly the error recovery, and the findings, that the
 * command line gives it.
 */
export class IncrementalTerraformParser {
  /** `source`: the text as parsed (`withLfBreaks`). */
  private previous: { source: string; tree: Tree; snapshot: HclSnapshot | undefined } | undefined;

  parse(path: string, text: string): TerraformFile {
    const lines = new LineIndex(text);
    if (isTerraformJson(path)) return parseJson(path, text, lines);
    const source = withLfBreaks(text);
    const previous = this.previous;
    this.previous = undefined;
    let tree: Tree | undefined;
    let edit: Edit | undefined;
    try {
      edit = previous && editBetween(previous.source, source);
      tree = parseHclTree(source, previous && edit && { tree: previous.tree, edit });
    } finally {
      previous?.tree.delete();
    }
    if (previous && tree?.rootNode.hasError) {
      tree.delete();
      tree = parseHclTree(source);
    }
    if (!tree) return hclFile(path, text, source, lines, undefined);
    const reused = previous?.snapshot && edit ? { snapshot: previous.snapshot, edit } : undefined;
    const content = readTopLevel(source, lines, tree.rootNode, reused);
    this.previous = { source, tree, snapshot: content?.snapshot };
    if (!content) return hclFile(path, text, source, lines, tree);
    const { blocks, attributes, comments } = content;
    return makeTerraformFile({ path, text, lines, json: false, blocks, attributes, comments, problems: [] });
  }

  /** Frees the kept tree (the document was closed). */
  dispose(): void {
    this.previous?.tree.delete();
    this.previous = undefined;
  }
}

/**
 * The model of an HCL file from its tree; no tree means the parse ran out of time. `source` is
 * what was parsed: `text` with lone CRs as LFs, which the grammar takes for line breaks.
 */
function hclFile(path: string, text: string, source: string, lines: LineIndex, tree: Tree | undefined): TerraformFile {
  if (!tree) {
    // Not `syntax`: the authoritative syntax check replaces syntax problems, and this one must stay.
    const problems: FileProblem[] = [{ code: 'skipped', message: 'The file took too long to parse and was not checked.', range: lines.rangeOf(0, 0) }];
    return makeTerraformFile({ path, text, lines, json: false, blocks: [], attributes: [], comments: [], problems });
  }
  const builder = new HclModelBuilder(source, lines);
  const { blocks, attributes } = builder.build(tree.rootNode);
  return makeTerraformFile({ path, text, lines, json: false, blocks, attributes, comments: builder.comments, problems: builder.problems });
}

function parseJson(path: string, text: string, lines: LineIndex): TerraformFile {
  try {
    const { blocks, attributes } = jsonToModel(parseJsonWithOffsets(text), lines);
    return makeTerraformFile({ path, text, lines, json: true, blocks, attributes, comments: [], problems: [] });
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const at = lines.rangeOf(error.offset, Math.min(error.offset + 1, text.length));
    return makeTerraformFile({
      path, text, lines, json: true, blocks: [], attributes: [], comments: [],
      problems: [{ code: 'syntax', message: error.message, range: at }],
    });
  }
}

/** The same file with its syntax problems replaced by those of the authoritative check. */
export function withSyntaxProblems(file: TerraformFile, problems: readonly FileProblem[]): TerraformFile {
  return { ...file, problems: [...file.problems.filter((p) => p.code !== 'syntax'), ...problems] };
}

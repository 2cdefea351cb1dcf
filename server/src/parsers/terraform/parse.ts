import { LineIndex } from '../../engine/text';
import type { FileProblem } from '../source';
import { isTerraformJson } from '../detect';
import type { TerraformFile } from './model';
import { makeTerraformFile } from './block';
import { HclModelBuilder } from './hcl-model';
import { jsonToModel } from './json-model';
import { JsonSyntaxError, parseJsonWithOffsets } from './json-syntax';
import { initTerraformGrammar, parseHclTree } from './tree-sitter';

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

  const tree = parseHclTree(text);
  if (!tree) {
    // Not `syntax`: the authoritative syntax check replaces syntax problems, and this one must stay.
    const problems: FileProblem[] = [{ code: 'skipped', message: 'The file took too long to parse and was not checked.', range: lines.rangeOf(0, 0) }];
    return makeTerraformFile({ path, text, lines, json: false, blocks: [], attributes: [], comments: [], problems });
  }
  try {
    const builder = new HclModelBuilder(text, lines);
    const { blocks, attributes } = builder.build(tree.rootNode);
    return makeTerraformFile({ path, text, lines, json: false, blocks, attributes, comments: builder.comments, problems: builder.problems });
  } finally {
    tree.delete();
  }
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

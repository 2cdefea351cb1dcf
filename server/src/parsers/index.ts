import { detectKind } from './detect';
import type { ParsedFile } from './models';
import { IncrementalTerraformParser, initTerraformParser, parseTerraform, withSyntaxProblems } from './terraform/parse';
import { checkHclSyntax } from './terraform/hcl-syntax';
import { parseKubernetes } from './kubernetes/parse';
import { IncrementalDockerfileParser, parseDockerfile } from './dockerfile/parse';

export { detectKind, isTerraformJson } from './detect';
export type { ParsedFile, ParsedFileOf } from './models';
export type { FileKind, SourceFile, Comment, FileProblem } from './source';

/** Loads what the parsers need asynchronously (the Terraform grammar). Call once before parsing. */
export async function initParsers(): Promise<void> {
  await initTerraformParser();
}

/**
 * Parses a file of a known kind. Never throws on bad input: syntax errors are in `problems`.
 * Returns undefined when the name is not one Shiftguard lints.
 */
export function parseSource(path: string, text: string): ParsedFile | undefined {
  switch (detectKind(path)) {
    case 'terraform':
      return parseTerraform(path, text);
    case 'kubernetes':
      return parseKubernetes(path, text);
    case 'dockerfile':
      return parseDockerfile(path, text);
    default:
      return undefined;
  }
}

/**
 * Parses the successive versions of one open document, reusing what it can of the previous
 * version's parse. Gives the same result as `parseSource` for every text; call `dispose` when
 * the document is closed.
 */
export class DocumentParser {
  private terraform: IncrementalTerraformParser | undefined;
  private dockerfile: IncrementalDockerfileParser | undefined;

  parse(path: string, text: string): ParsedFile | undefined {
    switch (detectKind(path)) {
      case 'terraform':
        this.terraform ??= new IncrementalTerraformParser();
        return this.terraform.parse(path, text);
      case 'dockerfile':
        this.dockerfile ??= new IncrementalDockerfileParser();
        return this.dockerfile.parse(path, text);
      default:
        return parseSource(path, text);
    }
  }

  dispose(): void {
    this.terraform?.dispose();
    this.terraform = undefined;
    this.dockerfile = undefined;
  }
}

/**
 * Parses like `parseSource`, then replaces the provisional syntax problems of an HCL file with
 * the verdict of HashiCorp's own parser (run in a worker thread). When that check cannot finish
 * (time limit, crash), the tree-sitter problems stand. `parsed` is a parse of the same text
 * made earlier, to check instead of parsing again.
 */
export async function parseSourceChecked(path: string, text: string, parsed?: ParsedFile): Promise<ParsedFile | undefined> {
  const file = parsed ?? parseSource(path, text);
  if (!file || file.kind !== 'terraform' || file.json) return file;
  // A file whose parse ran out of time is not checked anyway: HashiCorp's parser would only make
  // the wait longer (up to its own time limit, minutes for a 10 MB file).
  if (file.problems.some((p) => p.code === 'skipped')) return file;
  const problems = await checkHclSyntax(path, text, file.lines);
  return problems ? withSyntaxProblems(file, problems) : file;
}

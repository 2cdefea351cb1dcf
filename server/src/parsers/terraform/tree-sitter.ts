import { Language, Parser, type Tree } from 'web-tree-sitter';
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
 */
export function parseHclTree(text: string): Tree | undefined {
  if (!parser) throw new Error('The Terraform grammar is not loaded: await initParsers() first.');
  const deadline = Date.now() + parseBudgetMs;
  const tree = parser.parse(text, null, { progressCallback: () => Date.now() > deadline });
  parser.reset();
  return tree ?? undefined;
}

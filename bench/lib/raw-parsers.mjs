// The parsers the product is built on, called directly with nothing of the product around them:
// the floor that no linter built on them can go below.
//
//  - kubernetes: eemeli/yaml's parseAllDocuments with a LineCounter (every document, with the
//    Composer options of server/src/parsers/kubernetes/parse.ts);
//  - dockerfile: dockerfile-ast's DockerfileParser.parse;
//  - terraform: the tree-sitter Terraform grammar through web-tree-sitter, the wasm files loaded
//    as server/src/parsers/terraform/tree-sitter.ts loads them; `.tf.json` files with JSON.parse.

import { createRequire } from 'node:module';
import { repositoryRoot } from './config.mjs';

const require = createRequire(import.meta.url);
const resolveFromRoot = (specifier) => require.resolve(specifier, { paths: [repositoryRoot] });

/** `{ kind: (text, path) => void }`: each call parses one file and drops the result. */
export async function loadRawParsers() {
  const { parseAllDocuments, LineCounter } = await import(resolveFromRoot('yaml'));
  const { DockerfileParser } = require(resolveFromRoot('dockerfile-ast'));
  const { Parser, Language } = await import(resolveFromRoot('web-tree-sitter'));
  await Parser.init({ locateFile: () => resolveFromRoot('web-tree-sitter/web-tree-sitter.wasm') });
  const language = await Language.load(resolveFromRoot('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm'));
  const hcl = new Parser();
  hcl.setLanguage(language);

  return {
    kubernetes: (text) => {
      parseAllDocuments(text, { lineCounter: new LineCounter(), merge: true, uniqueKeys: false });
    },
    dockerfile: (text) => {
      DockerfileParser.parse(text);
    },
    terraform: (text, path) => {
      if (/\.json$/i.test(path)) {
        JSON.parse(text);
        return;
      }
      hcl.parse(text)?.delete();
      hcl.reset();
    },
  };
}

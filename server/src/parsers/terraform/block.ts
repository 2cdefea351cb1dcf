import type { Range } from '../../engine/text';
import type { TerraformFile, TfAttribute, TfBlock, TfLabel } from './model';
import type { Comment, FileProblem } from '../source';
import type { LineIndex } from '../../engine/text';

export interface BlockParts {
  type: string;
  typeRange: Range;
  labels: TfLabel[];
  range: Range;
  headerRange: Range;
  openBrace: Range;
  closeBrace: Range | undefined;
  attributes: TfAttribute[];
  blocks: TfBlock[];
}

/** Gives the plain parts of a block the query methods of the model. */
export function makeBlock(parts: BlockParts): TfBlock {
  return {
    ...parts,
    attribute: (name) => parts.attributes.find((a) => a.name === name),
    blocksOf: (type) => parts.blocks.filter((b) => b.type === type),
    hasDynamic: (type) => parts.blocks.some((b) => b.type === 'dynamic' && b.labels[0]?.value === type),
  };
}

export interface FileParts {
  path: string;
  text: string;
  lines: LineIndex;
  json: boolean;
  blocks: TfBlock[];
  attributes: TfAttribute[];
  comments: Comment[];
  problems: FileProblem[];
}

/** Assembles a TerraformFile with its query methods. */
export function makeTerraformFile(parts: FileParts): TerraformFile {
  const byLabel = (blockType: string, label?: string) =>
    parts.blocks.filter((b) => b.type === blockType && (label === undefined || b.labels[0]?.value === label));
  return {
    kind: 'terraform',
    path: parts.path,
    text: parts.text,
    lines: parts.lines,
    json: parts.json,
    variablesFile: /\.tfvars(\.json)?$/i.test(parts.path),
    blocks: parts.blocks,
    attributes: parts.attributes,
    comments: parts.comments,
    problems: parts.problems,
    suppressionScopes: parts.blocks.map((b) => b.range),
    resources: (type) => byLabel('resource', type),
    dataSources: (type) => byLabel('data', type),
    providers: (name) => byLabel('provider', name),
  };
}

import type { LineIndex } from '../../engine/text';
import type { TfAttribute, TfBlock, TfValue } from './model';
import { makeBlock } from './block';
import type { JsonEntry, JsonNode } from './json-syntax';
import { appendAll } from '../../engine/arrays';

/** Labels each top-level block type takes in Terraform's JSON syntax. */
const labelCounts: Record<string, number> = {
  resource: 2, data: 2, ephemeral: 2, variable: 1, output: 1, module: 1, provider: 1, check: 1,
  terraform: 0, locals: 0, moved: 0, import: 0, removed: 0,
};

/** Converts a Terraform JSON document into the model, following the JSON syntax specification. */
export function jsonToModel(root: JsonNode, lines: LineIndex): { blocks: TfBlock[]; attributes: TfAttribute[] } {
  const blocks: TfBlock[] = [];
  if (root.type !== 'object') return { blocks, attributes: [] };
  const range = (start: number, end: number) => lines.rangeOf(start, end);

  const value = (node: JsonNode): TfValue => {
    const r = range(node.start, node.end);
    switch (node.type) {
      case 'string':
        if (/[$%]\{/.test(node.value.replace(/([$%])\1\{/g, ''))) {
          const references = [...node.value.matchAll(/\b(?:var|local|data|module)\.[\w-]+(?:\.[\w-]+)*/g)].map((m) => m[0]);
          return { kind: 'expression', text: node.value, references, range: r };
        }
        return { kind: 'string', value: node.value.replace(/([$%])\1\{/g, '$1{'), contentRange: range(node.start + 1, node.end - 1), heredoc: false, range: r };
      case 'number':
        return { kind: 'number', value: node.value, text: node.text, range: r };
      case 'bool':
        return { kind: 'bool', value: node.value, range: r };
      case 'null':
        return { kind: 'null', range: r };
      case 'array':
        return { kind: 'tuple', items: node.items.map(value), range: r };
      case 'object':
        return {
          kind: 'object',
          range: r,
          entries: node.entries.map((e) => ({ key: e.key, keyRange: range(e.keyStart, e.keyEnd), value: value(e.value), range: range(e.keyStart, e.value.end) })),
        };
    }
  };

  const body = (node: JsonNode) => {
    const attributes: TfAttribute[] = [];
    const nested: TfBlock[] = [];
    if (node.type !== 'object') return { attributes, blocks: nested };
    for (const entry of node.entries) {
      if (entry.key === '//') continue;
      attributes.push({ name: entry.key, nameRange: range(entry.keyStart, entry.keyEnd), value: value(entry.value), range: range(entry.keyStart, entry.value.end) });
      // Without the provider schema an object may be an argument or a nested block: offer both views.
      const labelCount = entry.key === 'dynamic' ? 1 : 0;
      appendAll(nested, blocksOf(entry, labelCount));
    }
    return { attributes, blocks: nested };
  };

  const blocksOf = (entry: JsonEntry, labelCount: number, labels: { value: string; range: ReturnType<typeof range> }[] = [], headerStart = entry.keyStart, typeEntry = entry): TfBlock[] => {
    const node = entry.value;
    if (labels.length < labelCount) {
      if (node.type !== 'object') return [];
      return node.entries.flatMap((child) =>
        blocksOf(child, labelCount, [...labels, { value: child.key, range: range(child.keyStart, child.keyEnd) }], headerStart, typeEntry),
      );
    }
    const bodies = node.type === 'array' ? node.items.filter((item) => item.type === 'object') : node.type === 'object' ? [node] : [];
    const headerEnd = labels.length ? lines.offsetAt(labels[labels.length - 1].range.end) : typeEntry.keyEnd;
    return bodies.map((b) => {
      const content = body(b);
      return makeBlock({
        type: typeEntry.key,
        typeRange: range(typeEntry.keyStart, typeEntry.keyEnd),
        labels,
        range: range(headerStart, b.end),
        headerRange: range(headerStart, headerEnd),
        openBrace: range(b.start, b.start + 1),
        closeBrace: range(b.end - 1, b.end),
        attributes: content.attributes,
        blocks: content.blocks,
      });
    });
  };

  for (const entry of root.entries) {
    if (entry.key === '//') continue;
    appendAll(blocks, blocksOf(entry, labelCounts[entry.key] ?? 0));
  }
  return { blocks, attributes: [] };
}

// Which files the editor sections open: the corpus' largest file per kind and real files nearest
// typical sizes (a), and a fixed sample per kind (b). All choices are deterministic, so two runs
// on the same corpus time the same files.

import { kinds } from './corpus.mjs';
import { findEditPoint } from './keystroke.mjs';

const languageIds = { dockerfile: 'dockerfile', kubernetes: 'yaml', terraform: 'terraform' };

/** `size` is what the target is nearest to; `largest` takes the biggest file by bytes. */
const targetSpecs = [
  { name: 'dockerfile: largest', kind: 'dockerfile', largest: true },
  { name: 'dockerfile: ~300 lines', kind: 'dockerfile', size: (f) => Math.abs(f.lines - 300) },
  { name: 'terraform: largest', kind: 'terraform', largest: true, hcl: true },
  { name: 'terraform: ~2,000 lines', kind: 'terraform', size: (f) => Math.abs(f.lines - 2000), hcl: true },
  { name: 'kubernetes: largest', kind: 'kubernetes', largest: true },
  { name: 'kubernetes: ~500 KB', kind: 'kubernetes', size: (f) => Math.abs(f.bytes - 500_000) },
];

const byPath = (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

function withEditPoint(file) {
  const point = findEditPoint(file.kind, file.text);
  return point && { ...file, languageId: languageIds[file.kind], point };
}

/** Scale of the counts for a file: megabyte files get fewer openings and keystrokes. */
function countsFor(bytes, opens, edits) {
  if (bytes >= 1_000_000) return { opens: Math.max(1, Math.ceil(opens / 4)), edits: Math.max(2, Math.ceil(edits / 10)) };
  if (bytes >= 200_000) return { opens: Math.max(1, Math.ceil(opens / 2)), edits: Math.max(2, Math.ceil(edits / 4)) };
  return { opens, edits };
}

/** The named large and typical-size files, each with its keystroke spot and counts. */
export function pickTargets(files, { opens, edits }) {
  const targets = [];
  for (const spec of targetSpecs) {
    const candidates = files.filter((f) => f.kind === spec.kind && !(spec.hcl && /\.json$/i.test(f.path)));
    const order = spec.largest ? (a, b) => b.bytes - a.bytes || byPath(a, b) : (a, b) => spec.size(a) - spec.size(b) || byPath(a, b);
    const file = candidates.sort(order).map(withEditPoint).find(Boolean);
    if (file) targets.push({ name: spec.name, ...file, ...countsFor(file.bytes, opens, edits) });
  }
  return targets;
}

/**
 * `size` files per kind: every Nth file in path order, starting half a step in, skipping files
 * with nowhere to type (the next file is taken instead).
 */
export function pickSample(files, size) {
  const sample = {};
  for (const kind of kinds) {
    const ofKind = files.filter((f) => f.kind === kind).sort(byPath);
    const step = Math.max(1, Math.floor(ofKind.length / size));
    const chosen = [];
    const taken = new Set();
    for (let i = Math.floor(step / 2); i < ofKind.length && chosen.length < size; i += step) {
      for (let j = i; j < ofKind.length; j++) {
        if (taken.has(j)) continue;
        const file = withEditPoint(ofKind[j]);
        if (!file) continue;
        taken.add(j);
        chosen.push(file);
        break;
      }
    }
    sample[kind] = chosen;
  }
  return sample;
}

/** Per-file counts for the sample: the openings and keystrokes are spread over the sample. */
export function sampleCounts({ opens, edits }, size) {
  return { opens: Math.max(1, Math.ceil((opens * 4) / size)), edits: Math.max(2, Math.ceil(edits / size)) };
}

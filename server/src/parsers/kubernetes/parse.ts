import type { KubernetesFile } from './model';
import { LineIndex } from '../../engine/text';

export function parseKubernetes(path: string, text: string): KubernetesFile {
  return { kind: 'kubernetes', path, text, lines: new LineIndex(text), comments: [], problems: [], suppressionScopes: [] };
}

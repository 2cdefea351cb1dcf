import type { DockerfileFile } from './model';
import { LineIndex } from '../../engine/text';

export function parseDockerfile(path: string, text: string): DockerfileFile {
  return { kind: 'dockerfile', path, text, lines: new LineIndex(text), comments: [], problems: [], suppressionScopes: [] };
}

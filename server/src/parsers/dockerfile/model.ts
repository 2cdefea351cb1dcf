import type { SourceFile } from '../source';

/** Placeholder until the dockerfile model lands. */
export interface DockerfileFile extends SourceFile {
  readonly kind: 'dockerfile';
}

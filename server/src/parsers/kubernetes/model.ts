import type { SourceFile } from '../source';

/** Placeholder until the kubernetes model lands. */
export interface KubernetesFile extends SourceFile {
  readonly kind: 'kubernetes';
}

import type { TerraformFile } from './terraform/model';
import type { KubernetesFile } from './kubernetes/model';
import type { DockerfileFile } from './dockerfile/model';
import type { FileKind } from './source';

/** A parsed file of any target. */
export type ParsedFile = TerraformFile | KubernetesFile | DockerfileFile;

/** The parsed file of one target, e.g. `ParsedFileOf<'dockerfile'>`. */
export type ParsedFileOf<K extends FileKind> = Extract<ParsedFile, { kind: K }>;

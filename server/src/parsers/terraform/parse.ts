import type { TerraformFile } from './model';

export async function initTerraformParser(): Promise<void> {}

export function parseTerraform(_path: string, _text: string): TerraformFile {
  throw new Error('not yet');
}

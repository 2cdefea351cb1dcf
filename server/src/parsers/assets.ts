import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * Finds a data file (wasm grammar, ...) that the bundle copies beside itself, falling back to
 * the installed package when running from source.
 */
export function assetPath(fileName: string, packageSpecifier: string): string {
  if (typeof __dirname !== 'undefined') {
    const beside = join(__dirname, fileName);
    if (existsSync(beside)) return beside;
  }
  const resolve = typeof require !== 'undefined' ? require.resolve : createRequire(import.meta.url).resolve;
  return resolve(packageSpecifier);
}

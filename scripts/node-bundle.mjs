import { join } from 'node:path';

/**
 * esbuild options shared by every bundle that runs on Node (dist/, rule docs, the fuzz driver and
 * its case worker): one CommonJS file for Node 20 with its dependencies inside.
 */
export function nodeBundleOptions(root) {
  return {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Go's wasm_exec falls back to require("performance") only where globalThis.performance is missing.
    external: ['performance'],
    // Bundled ESM dependencies may read import.meta.url; in CommonJS that is this file's URL.
    define: { 'import.meta.url': 'importMetaUrl' },
    inject: [join(root, 'scripts/import-meta-url.js')],
    logLevel: 'warning',
  };
}

// Injected by scripts/build.mjs: gives bundled ESM code an `import.meta.url` in CommonJS output.
export const importMetaUrl = require('node:url').pathToFileURL(__filename).href;

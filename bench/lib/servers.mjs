// The language servers the benchmark drives, and how each is started, configured and awaited.

import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { repositoryRoot } from './config.mjs';
import { LspClient } from './lsp-client.mjs';

const require = createRequire(import.meta.url);

/** The script behind a node_modules/.bin entry, so the process measured is the server itself, not a wrapper. */
function binScript(name) {
  return realpathSync(join(repositoryRoot, 'node_modules', '.bin', name));
}

function packageVersion(name) {
  return require(join(dirname(require.resolve(`${name}/package.json`, { paths: [repositoryRoot] })), 'package.json')).version;
}

export function shiftguardServer(distDir) {
  return {
    name: 'shiftguard',
    command: ['node', 'dist/server.js', '--stdio'],
    argv: [process.execPath, join(distDir, 'server.js'), '--stdio'],
    kinds: ['dockerfile', 'kubernetes', 'terraform'],
    awaitBy: 'version',
    awaited: 'first publishDiagnostics carrying the version sent (Terraform: the fast lint; HashiCorp’s syntax verdict may refine it later)',
    debounceMs: 0,
    settings: { shiftguard: {} },
  };
}

/**
 * A peer started from its package's bin script over stdio. It sends no version with its
 * diagnostics, so the next publish for the URI is awaited.
 */
function peer({ name, packageName, bin, kinds, debounceMs, settings }) {
  const delay = debounceMs > 0 ? `after a fixed ${debounceMs} ms debounce` : 'no debounce';
  return {
    name,
    version: packageVersion(packageName),
    command: [bin, '--stdio'],
    argv: [process.execPath, binScript(bin), '--stdio'],
    kinds,
    awaitBy: 'next-publish',
    awaited: `next publishDiagnostics for the URI (it sends no version; one publish per open, change and close, ${delay})`,
    debounceMs,
    settings,
  };
}

/** Peers built on the same parsers (dockerfile-ast; eemeli/yaml), run with what needs no network. */
export function peerServers() {
  return [
    peer({
      name: 'docker-langserver',
      packageName: 'dockerfile-language-server-nodejs',
      bin: 'docker-langserver',
      kinds: ['dockerfile'],
      debounceMs: 0,
      // Unknown sections are answered with null: the server then uses its default diagnostics settings.
      settings: {},
    }),
    peer({
      name: 'yaml-language-server',
      packageName: 'yaml-language-server',
      bin: 'yaml-language-server',
      kinds: ['kubernetes'],
      // yamlSettings.validationDelayMs: fixed in 1.25.0, no setting changes it.
      debounceMs: 200,
      // Schemas off, so nothing is downloaded: validation is YAML syntax (and duplicate keys) only.
      settings: {
        yaml: {
          validate: true,
          hover: false,
          completion: false,
          format: { enable: false },
          schemas: {},
          schemaStore: { enable: false },
          kubernetesCRDStore: { enable: false },
        },
        http: {},
        '[yaml]': {},
        editor: {},
      },
    }),
  ];
}

export function startClient(server, waitMs) {
  return new LspClient({ label: server.name, command: server.argv, awaitBy: server.awaitBy, settings: server.settings, waitMs });
}

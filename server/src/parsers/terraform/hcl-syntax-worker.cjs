// Worker thread that runs HashiCorp's HCL parser (Go, compiled to wasm) on request. It lives in
// its own thread because the Go runtime can stall or die on pathological input: the main thread
// then restarts it without losing anything but the one check.
'use strict';
const { parentPort } = require('node:worker_threads');
const { parse } = require('@cdktf/hcl2json');

/**
 * The Go function behind `parse`, which @cdktf/hcl2json registers on this global once its wasm
 * runs. Only the verdict is needed: calling it directly skips turning the JSON conversion of
 * every file into JavaScript objects, which is most of the cost of `parse` on large files.
 */
let goParse;

async function check(filename, text) {
  if (!goParse) {
    await parse('warm-up.tf', '');
    const registered = globalThis.__parse_terraform_config_wasm__;
    goParse = registered && typeof registered.parse === 'function' ? registered.parse : parse;
  }
  if (goParse === parse) return parse(filename, text);
  return new Promise((resolve, reject) => {
    goParse(filename, text, (error) => (error ? reject(new Error(error)) : resolve()));
  });
}

parentPort.on('message', async ({ id, filename, text }) => {
  try {
    await check(filename, text);
    parentPort.postMessage({ id, ok: true });
  } catch (error) {
    // A JavaScript exception thrown out of the Go runtime (its stack overflowing on deeply nested
    // input, a wasm trap) is no verdict on the file, and leaves the runtime unusable: end this
    // worker, so that the check has no verdict and the next one starts a fresh runtime.
    if (error instanceof RangeError || error instanceof WebAssembly.RuntimeError) process.exit(1);
    const message = error && typeof error.message === 'string' ? error.message : String(error);
    parentPort.postMessage({ id, ok: false, message });
  }
});

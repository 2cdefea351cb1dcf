// Worker thread that runs HashiCorp's HCL parser (Go, compiled to wasm) on request. It lives in
// its own thread because the Go runtime can stall or die on pathological input: the main thread
// then restarts it without losing anything but the one check.
'use strict';
const { parentPort } = require('node:worker_threads');
const { parse } = require('@cdktf/hcl2json');

parentPort.on('message', async ({ id, filename, text }) => {
  try {
    await parse(filename, text);
    parentPort.postMessage({ id, ok: true });
  } catch (error) {
    const message = error && typeof error.message === 'string' ? error.message : String(error);
    parentPort.postMessage({ id, ok: false, message });
  }
});

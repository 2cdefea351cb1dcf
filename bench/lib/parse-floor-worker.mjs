// One thread of the parallel parse floor: reads its copy of the files and loads the parsers,
// says "ready", then on "start" takes files off a shared counter (as the CLI's pool hands out
// one file at a time) until none are left.

import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { loadRawParsers } from './raw-parsers.mjs';

const files = workerData.files.map((f) => ({ ...f, text: readFileSync(f.path, 'utf8') }));
const parsers = await loadRawParsers();
const next = new Int32Array(workerData.counter);

parentPort.on('message', () => {
  for (let i = Atomics.add(next, 0, 1); i < files.length; i = Atomics.add(next, 0, 1)) {
    parsers[files[i].kind](files[i].text, files[i].path);
  }
  parentPort.postMessage('done');
});
parentPort.postMessage('ready');

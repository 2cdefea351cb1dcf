// One file as a user works on it: opened (and reopened) until diagnostics show, then typed in,
// one keystroke at a time, each waiting for the diagnostics of its own version before the next.

import { pathToFileURL } from 'node:url';
import { keystrokes } from './keystroke.mjs';

/**
 * Times `opens` openings (after one unmeasured opening that warms the server's code paths) and
 * `edits` keystrokes (after `warmupEdits` unmeasured ones). Returns the samples in milliseconds,
 * the first opening apart, and the number of diagnostics at opening.
 */
export async function typeInFile(client, file, { opens, edits, warmupEdits }) {
  const uri = pathToFileURL(file.path).href;
  const openSamples = [];
  let firstOpenMs;
  let diagnostics = 0;
  for (let i = 0; i <= opens; i++) {
    const { ms, diagnostics: published } = await client.open(uri, file.languageId, client.nextVersion(uri), file.text);
    if (i === 0) firstOpenMs = ms;
    else openSamples.push(ms);
    diagnostics = published.length;
    if (i < opens) await client.close(uri);
  }

  const keys = keystrokes(file.text, file.point);
  const editSamples = [];
  for (let i = 0; i < warmupEdits + edits; i++) {
    const typing = i % 2 === 0;
    const { ms } = await client.change(uri, client.nextVersion(uri), typing ? keys.type : keys.erase, typing ? keys.typed : keys.original);
    if (i >= warmupEdits) editSamples.push(ms);
  }
  await client.close(uri);
  return { openSamples, editSamples, firstOpenMs, diagnostics };
}

/** Opens files one after the other, each once its predecessor has diagnostics, and leaves them open. */
export async function openAll(client, files) {
  const uris = [];
  for (const file of files) {
    const uri = pathToFileURL(file.path).href;
    await client.open(uri, file.languageId, client.nextVersion(uri), file.text);
    uris.push(uri);
  }
  return uris;
}

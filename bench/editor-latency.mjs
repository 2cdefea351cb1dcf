// Sections 2 and 3: what a user of a language server feels. For each target file, didOpen → its
// diagnostics and keystroke → the diagnostics of that version; for a fixed sample per kind, the
// same pooled over the files; and each server's memory once the corpus' largest files are open.
//
// Shiftguard and the peers run side by side: each file is measured on every server that handles
// its kind, one server after the other, before the next file. On a machine whose load changes
// over minutes, that keeps a peer's figures comparable with Shiftguard's.

import { ServerSession } from './lib/server-session.mjs';
import { peerServers } from './lib/servers.mjs';
import { ratio, round } from './lib/stats.mjs';

/**
 * Peer ÷ Shiftguard for p50 and p95 of opening and typing (above 1: Shiftguard is faster). For a
 * peer with a fixed debounce, also the ratios with the debounce taken off its figures: the time
 * it spends working, not waiting.
 */
function versus(peer, ours, debounceMs) {
  if (!peer || !ours) return null;
  const pair = (a, b) => ({ p50: ratio(a?.p50, b?.p50), p95: ratio(a?.p95, b?.p95) });
  const net = (s) => s && { p50: round(Math.max(0, s.p50 - debounceMs)), p95: round(Math.max(0, s.p95 - debounceMs)) };
  return {
    open: pair(peer.open, ours.open),
    edit: pair(peer.edit, ours.edit),
    ...(debounceMs > 0 ? { openNetOfDebounce: pair(net(peer.open), ours.open), editNetOfDebounce: pair(net(peer.edit), ours.edit) } : {}),
  };
}

function relate(peer, shiftguard) {
  for (const target of peer.targets) {
    target.vsShiftguard = versus(target, shiftguard?.targets.find((t) => t.name === target.name), peer.debounceMs);
  }
  for (const [kind, pooled] of Object.entries(peer.sample)) {
    pooled.vsShiftguard = versus(pooled, shiftguard?.sample[kind], peer.debounceMs);
  }
}

/**
 * Returns `{ editor, peers }`: Shiftguard's result (when `withShiftguard`) and the peers' (when
 * `withPeers`), measured on the same files in alternation.
 */
export async function measureEditors({ shiftguard, withShiftguard, withPeers, targets, sample, sampleCounts, largest, waitMs, log }) {
  const servers = [...(withShiftguard ? [shiftguard] : []), ...(withPeers ? peerServers() : [])];
  const sessions = servers.map((server) => new ServerSession(server, waitMs));
  try {
    for (const session of sessions) await session.start(largest);
    for (const target of targets) {
      for (const session of sessions.filter((s) => s.handles(target.kind))) await session.measureTarget(target);
      log(`  ${target.name} done`);
    }
    for (const [kind, files] of Object.entries(sample)) {
      for (const file of files) {
        for (const session of sessions.filter((s) => s.handles(kind))) await session.measureSampleFile(file, sampleCounts);
      }
      log(`  sample of ${files.length} ${kind} files done`);
    }
    const results = [];
    for (const session of sessions) results.push(await session.finish());
    const editor = withShiftguard ? results[0] : undefined;
    const peers = withPeers ? results.slice(withShiftguard ? 1 : 0) : undefined;
    for (const peer of peers ?? []) relate(peer, editor);
    return { editor, peers };
  } catch (error) {
    await Promise.all(sessions.map((s) => s.abandon().catch(() => undefined)));
    throw error;
  }
}

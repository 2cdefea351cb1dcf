// Section 3: the same files, the same client and the same keystrokes against other language
// servers built on the same parsers, so the difference is what each server does around parsing.

import { measureServer } from './editor-latency.mjs';
import { peerServers } from './lib/servers.mjs';
import { ratio, round } from './lib/stats.mjs';

/**
 * Peer ÷ Shiftguard for p50 and p95 of opening and typing (above 1: Shiftguard is faster). For a
 * peer with a fixed debounce, also the edit ratio with the debounce taken off its figures: the
 * time it spends working, not waiting.
 */
function versus(peer, ours, debounceMs) {
  if (!peer || !ours) return null;
  const pair = (a, b) => ({ p50: ratio(a?.p50, b?.p50), p95: ratio(a?.p95, b?.p95) });
  const net = (s) => s && { p50: round(Math.max(0, s.p50 - debounceMs)), p95: round(Math.max(0, s.p95 - debounceMs)) };
  return {
    open: pair(peer.open, ours.open),
    edit: pair(peer.edit, ours.edit),
    ...(debounceMs > 0 ? { editNetOfDebounce: pair(net(peer.edit), ours.edit), openNetOfDebounce: pair(net(peer.open), ours.open) } : {}),
  };
}

export async function measurePeers({ shiftguard, targets, sample, sampleCounts, largest, waitMs, log }) {
  const results = [];
  for (const peer of peerServers()) {
    const result = await measureServer(peer, {
      targets,
      sample,
      sampleCounts,
      largest: largest.filter((f) => peer.kinds.includes(f.kind)),
      waitMs,
      log,
    });
    for (const target of result.targets) {
      target.vsShiftguard = versus(target, shiftguard?.targets.find((t) => t.name === target.name), peer.debounceMs);
    }
    for (const [kind, pooled] of Object.entries(result.sample)) {
      pooled.vsShiftguard = versus(pooled, shiftguard?.sample[kind], peer.debounceMs);
    }
    results.push(result);
  }
  return results;
}

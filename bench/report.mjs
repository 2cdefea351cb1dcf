// Printing and saving a run: one table per section, the headline figures, and their change since
// the previous run (bench/results/previous.json, the latest.json that this run replaces).

import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { round } from './lib/stats.mjs';

export function table(header, rows) {
  const all = [header, ...rows].map((r) => r.map((cell) => (cell === null || cell === undefined ? '–' : String(cell))));
  const widths = header.map((_, c) => Math.max(...all.map((r) => r[c].length)));
  const line = (r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  return [line(all[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}

const fixed = (n, digits = 1) => (n === null || n === undefined ? null : n.toFixed(digits));
const times = (n) => (n === null || n === undefined ? null : `${n.toFixed(2)}×`);

export function size(bytes) {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

export function printFloor(floor, cli) {
  const rows = Object.entries(floor.singleThread.byKind).map(([kind, k]) => {
    const own = cli?.byKind[kind];
    return [kind, k.files, (k.bytes / 1e6).toFixed(2), fixed(k.ms, 0), fixed(k.filesPerSecond, 0), fixed(k.megabytesPerSecond, 2), fixed(own?.seconds, 2), times(own?.ratioToSingleThreadFloor)];
  });
  const st = floor.singleThread;
  rows.push(['all, 1 thread', floor.files, (floor.bytes / 1e6).toFixed(2), fixed(st.ms, 0), fixed(st.filesPerSecond, 0), fixed(st.megabytesPerSecond, 2), fixed(cli?.seconds, 2), times(cli?.ratioToSingleThreadFloor)]);
  if (floor.parallel) {
    const p = floor.parallel;
    rows.push([`all, ${p.workers} workers`, floor.files, (floor.bytes / 1e6).toFixed(2), fixed(p.ms, 0), fixed(p.filesPerSecond, 0), fixed(p.megabytesPerSecond, 2), fixed(cli?.seconds, 2), times(cli?.ratioToParallelFloor)]);
  }
  console.log('\n1. Parse floor (raw parsers, files in memory) and CLI lint (wall time, process start to exit)');
  console.log(table(['files', 'count', 'MB', 'floor ms', 'files/s', 'MB/s', 'CLI s', 'CLI/floor'], rows));
  if (cli) {
    console.log(
      `CLI: ${cli.filesChecked} files in ${cli.seconds} s (median of ${cli.runs.length}: ${cli.runs.join(', ')}): ${cli.filesPerSecond} files/s, ` +
        `${cli.megabytesPerSecond} MB/s; peak memory ${cli.maxRssMiB} MiB; ${cli.findings} findings. Per-kind CLI times: one run on <corpus>/<kind>/.`,
    );
  }
}

function latencyRow(label, r) {
  return [label, r.file ? size(r.bytes) : `${r.files} files`, r.diagnostics ?? null, fixed(r.firstOpenMs), fixed(r.open?.p50), fixed(r.open?.p95), fixed(r.open?.max), fixed(r.edit?.p50), fixed(r.edit?.p95), fixed(r.edit?.max), r.edit?.n ?? null];
}

export function printEditor(editor) {
  console.log('\n2. Shiftguard language server (ms): didOpen → diagnostics, keystroke → diagnostics of that version');
  const rows = [...editor.targets.map((t) => latencyRow(t.name, t)), ...Object.entries(editor.sample).map(([kind, s]) => latencyRow(`sample: ${kind}`, s))];
  console.log(table(['target', 'size', 'diags', '1st open', 'open p50', 'open p95', 'open max', 'edit p50', 'edit p95', 'edit max', 'edits'], rows));
  for (const t of editor.targets) console.log(`  ${t.name}: ${t.file} (${t.lines} lines; keystrokes at ${t.editLine}:${t.editColumn})`);
  const m = editor.memory;
  console.log(`  memory: ${m.idleRssMiB} MiB idle, ${m.rssMiB} MiB with the largest file of each kind open, peak ${m.peakRssMiB} MiB over the session`);
}

export function printPeers(peers) {
  console.log('\n3. Peers on the same files (ms; ratio = peer ÷ Shiftguard, above 1 means Shiftguard is faster)');
  const rows = [];
  for (const peer of peers) {
    const entries = [...peer.targets.map((t) => [t.name, t]), ...Object.entries(peer.sample).map(([kind, s]) => [`sample: ${kind}`, s])];
    for (const [label, r] of entries) {
      const v = r.vsShiftguard;
      rows.push([peer.server, label, fixed(r.open?.p50), fixed(r.open?.p95), fixed(r.edit?.p50), fixed(r.edit?.p95), times(v?.open.p50), times(v?.edit.p50), times(v?.edit.p95), times(v?.editNetOfDebounce?.p50)]);
    }
  }
  console.log(table(['peer', 'target', 'open p50', 'open p95', 'edit p50', 'edit p95', 'open ratio', 'edit ratio p50', 'edit ratio p95', 'edit ratio p50 net of debounce'], rows));
  for (const peer of peers) {
    const m = peer.memory;
    console.log(`  ${peer.server} ${peer.version}: awaited by ${peer.awaited}; memory ${m.idleRssMiB} MiB idle, ${m.rssMiB} MiB with ${m.files.length} largest file(s) open, peak ${m.peakRssMiB} MiB`);
  }
}

export function printColdStart(cold) {
  console.log(`\n4. Cold start (ms, wall time from spawn to exit, ${cold.runs} runs each)`);
  const rows = ['node', 'version', 'lintSmallDockerfile'].filter((k) => cold[k]).map((k) => [cold[k].command, fixed(cold[k].medianMs), fixed(cold[k].minMs)]);
  console.log(table(['command', 'median', 'min'], rows));
}

/**
 * The figures two runs are compared on, keyed by stable names; lower is better for all of them
 * except the peer ratios (higher: Shiftguard further ahead).
 */
export function headline(result) {
  const h = {};
  const put = (key, label, value, unit, better = 'lower') => {
    if (value !== null && value !== undefined) h[key] = { label, value, unit, better };
  };
  const { floor, cli, editor, peers, coldStart } = result;
  if (floor) {
    put('floor.singleThreadMs', 'parse floor, 1 thread', floor.singleThread.ms, 'ms');
    put('floor.parallelMs', `parse floor, ${floor.parallel?.workers} workers`, floor.parallel?.ms, 'ms');
  }
  if (cli) {
    put('cli.seconds', 'CLI lint, whole corpus', cli.seconds, 's');
    put('cli.ratioToSingleThreadFloor', 'CLI ÷ single-thread floor', cli.ratioToSingleThreadFloor, '×');
    put('cli.maxRssMiB', 'CLI peak memory', cli.maxRssMiB, 'MiB');
  }
  if (editor) {
    for (const t of editor.targets) {
      put(`editor.${t.name}.openP50`, `open p50, ${t.name}`, t.open?.p50, 'ms');
      put(`editor.${t.name}.editP50`, `edit p50, ${t.name}`, t.edit?.p50, 'ms');
      put(`editor.${t.name}.editP95`, `edit p95, ${t.name}`, t.edit?.p95, 'ms');
    }
    for (const [kind, s] of Object.entries(editor.sample)) {
      put(`editor.sample.${kind}.editP50`, `edit p50, sample of ${kind}`, s.edit?.p50, 'ms');
      put(`editor.sample.${kind}.editP95`, `edit p95, sample of ${kind}`, s.edit?.p95, 'ms');
    }
    put('editor.memory.rssMiB', 'server memory, largest files open', editor.memory.rssMiB, 'MiB');
  }
  for (const peer of peers ?? []) {
    for (const [kind, s] of Object.entries(peer.sample)) {
      put(`peers.${peer.server}.sample.${kind}.editRatioP50`, `${peer.server} ÷ Shiftguard, edit p50, sample`, s.vsShiftguard?.edit.p50, '×', 'higher');
    }
  }
  if (coldStart) {
    put('cold.nodeMs', 'cold start, node -e 0', coldStart.node?.medianMs, 'ms');
    put('cold.versionMs', 'cold start, --version', coldStart.version?.medianMs, 'ms');
    put('cold.lintSmallDockerfileMs', 'cold start, lint one Dockerfile', coldStart.lintSmallDockerfile?.medianMs, 'ms');
  }
  return h;
}

/** Per headline figure present in both runs: previous, now, and the change in percent. */
export function compare(previous, current) {
  const changes = [];
  for (const [key, now] of Object.entries(current)) {
    const before = previous?.[key];
    if (!before || typeof before.value !== 'number' || before.value === 0) continue;
    changes.push({ key, label: now.label, unit: now.unit, better: now.better, previous: before.value, current: now.value, changePercent: round(((now.value - before.value) / before.value) * 100, 1) });
  }
  return changes;
}

export function printComparison(changes, previous, current) {
  if (!previous) {
    console.log('\nNo previous run: nothing to compare with.');
    return;
  }
  console.log(`\nChange since the previous run (${previous.createdAt}, commit ${previous.commit?.slice(0, 10) ?? 'unknown'}; + is slower/bigger unless marked "higher is better")`);
  if (previous.corpus !== current.corpus || previous.quick !== current.quick) {
    console.log(`  Warning: that run was on ${previous.corpus ?? 'another corpus'}${previous.quick ? ' in quick mode' : ''}: its figures are not comparable with these.`);
  }
  if (changes.length === 0) {
    console.log('  no headline figure in common');
    return;
  }
  const sign = (n) => (n > 0 ? `+${n.toFixed(1)}%` : `${n.toFixed(1)}%`);
  console.log(table(['figure', 'unit', 'previous', 'now', 'change'], changes.map((c) => [c.label + (c.better === 'higher' ? ' (higher is better)' : ''), c.unit, c.previous, c.current, sign(c.changePercent)])));
}

/** Reads latest.json (about to become previous.json), or undefined. */
export function readLatest(resultsDir) {
  const latest = join(resultsDir, 'latest.json');
  if (!existsSync(latest)) return undefined;
  try {
    return JSON.parse(readFileSync(latest, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Moves latest.json to previous.json and writes the new run as latest.json. */
export function save(resultsDir, result) {
  mkdirSync(resultsDir, { recursive: true });
  const latest = join(resultsDir, 'latest.json');
  if (existsSync(latest)) renameSync(latest, join(resultsDir, 'previous.json'));
  writeFileSync(latest, `${JSON.stringify(result, null, 2)}\n`);
  return latest;
}

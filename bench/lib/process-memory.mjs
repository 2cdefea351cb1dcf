// Memory of a running process from Linux's /proc: resident now (VmRSS) and its peak (VmHWM).
// Worker threads share their process, so both figures include them.

import { readFileSync } from 'node:fs';

const mib = (kilobytes) => Math.round((kilobytes / 1024) * 10) / 10;

/** `{ rssMiB, peakRssMiB }`, or null where /proc is not available. */
export function processMemory(pid) {
  let status;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
  const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMiB: mib(field('VmRSS')), peakRssMiB: mib(field('VmHWM')) };
}

// Summaries of timing samples. Percentiles are nearest-rank, so every figure is a real sample.

export function round(n, digits = 2) {
  if (n === null || n === undefined || !Number.isFinite(n)) return null;
  const scale = 10 ** digits;
  return Math.round(n * scale) / scale;
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** `{ n, p50, p95, max, mean }` of samples in milliseconds; null for no samples. */
export function stats(samples) {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    max: round(sorted.at(-1)),
    mean: round(sorted.reduce((a, b) => a + b, 0) / sorted.length),
  };
}

/** The middle sample (the lower one of an even count: never an average of two runs). */
export function median(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** `a / b`, or null when either is missing or b is zero. */
export function ratio(a, b) {
  return a == null || b == null || b === 0 ? null : round(a / b);
}

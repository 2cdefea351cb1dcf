// Loaded with `node -r` into a measured process: on exit, writes the peak resident memory of the
// whole process (worker threads included) in kilobytes to the file named by BENCH_MAX_RSS_FILE.
const { writeFileSync } = require('node:fs');
const { isMainThread } = require('node:worker_threads');

// Workers inherit the -r flag; only the main thread's exit sees the final peak.
if (isMainThread) {
  process.on('exit', () => {
    const file = process.env.BENCH_MAX_RSS_FILE;
    if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
  });
}

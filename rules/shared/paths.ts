/**
 * `path` without its trailing slashes. A loop rather than `/\/+$/`: that pattern is tried at every
 * slash and scans the rest of each run, so a long run of slashes not at the end is quadratic.
 */
export function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === 0x2f) end--;
  return path.slice(0, end);
}

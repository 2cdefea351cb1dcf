/**
 * Time and memory limits of the robustness checks.
 *
 * Time: a corpus file or a mutated fixture (at most a few hundred KiB) takes well under a second;
 * HashiCorp's HCL check, the slowest step, allows itself 5 s plus 1 ms per 100 characters before
 * giving up, so 30 s means a hang, not a slow machine.
 */
export const caseTimeoutMs = 30_000;

/**
 * V8 heap limit of a worker checking ordinary inputs. A 1 MB file's models stay under 100 MiB;
 * a worker that needs more than 1 GiB for inputs this small has a leak or an explosion (alias
 * expansion, quadratic copies).
 */
export const workerHeapMb = 1024;

/**
 * Inputs of 10 to 16 MB (stress.ts `large`), run one at a time. Time: the slowest cases take
 * 2 minutes, a 10 MB line of `x.x.x…` that HashiCorp's parser works on until its own limit
 * (5 s + 1 ms per 100 characters). Memory: a 16 MB Dockerfile's model is 1.4 GB (about 90 bytes
 * per byte); 4 GiB of heap and 5 GiB of resident growth, a fifth of the 24 GiB machine, leave room
 * for that and catch a blow-up. 50 MB YAML and Dockerfiles need more than 4 GiB of heap: the
 * default 8 MiB size limit is what keeps the command line from running out of memory.
 */
export const largeCaseTimeoutMs = 240_000;
export const largeHeapMb = 4096;
export const largeRssGrowthMb = 5120;

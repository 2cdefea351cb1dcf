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
 * Inputs of 10 to 50 MB (stress.ts `large`), run one at a time: a lint of a 10 MB line takes 30 s
 * on a busy machine (three per case through the parser). Memory: the largest peaks measured are
 * 2.2 GiB of heap and 2.4 GiB of resident growth (a 10 MB Dockerfile line); a limit well above
 * that, and below a quarter of the 24 GiB machine, catches a blow-up without flaking.
 */
export const largeCaseTimeoutMs = 240_000;
export const largeHeapMb = 4096;
export const largeRssGrowthMb = 5120;

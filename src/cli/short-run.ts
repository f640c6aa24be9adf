/**
 * A hook's run is short: a few kilobytes scanned, then the process exits. V8
 * still optimises the functions that get hot (the keyword automaton, the
 * engine's loops) on background threads, and Node waits for those compile jobs
 * before it exits: ~12 ms of every commit hook spent on code that never runs
 * again (measured: the gap between the last output and 'beforeExit' goes from
 * ~12 ms to 0.2 ms). Below this much input, optimising loses; above it (1 MB
 * and up, measured) the optimised code pays for itself, so big changes keep it.
 */
const SHORT_INPUT = 512 * 1024;

/**
 * Set (on globalThis: the dispatcher and the command are separate bundles) when
 * this run writes the code cache as it exits. V8 takes a cache only under the
 * flags it was made with, so that run keeps them (see code-cache.ts).
 */
export const PRODUCING_CODE_CACHE = Symbol.for('leakguard.producing-code-cache');

/**
 * For the rest of this process, no optimising compilers (Turbofan, and Maglev where Node enables it), when the input
 * is short; and regexes compiled to machine code at once. V8 first runs a regex in its interpreter and compiles it
 * after one run (tier-up): a hook runs each of the ~40 regexes it meets a few times, so it paid for both (scan phase
 * 5.5 → 4.2 ms on the bench's 20-file commit, medians of 31 interleaved runs).
 */
export function shortRun(inputBytes: number | undefined): void {
  if (inputBytes === undefined || inputBytes > SHORT_INPUT || (globalThis as Record<symbol, unknown>)[PRODUCING_CODE_CACHE]) return;
  // The flags only stop new optimisations, read at each tier-up decision (Node documents run-time flag
  // changes as unsupported in general). Their current names: V8 prints an error for a flag it does not
  // know (--opt was renamed --turbofan). node:v8 is loaded only here (~0.7 ms).
  try {
    process.getBuiltinModule('node:v8').setFlagsFromString('--no-turbofan --no-maglev --no-regexp-tier-up');
  } catch {
    // Only a speed-up: a Node without the API or the flags scans as before.
  }
}

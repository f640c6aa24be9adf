/**
 * Where a run's time goes, for the benchmark's hook breakdown: with
 * LEAKGUARD_TIMING=1 each phase's end is marked (milliseconds since the
 * process started, Node's own start-up included) and the list, with this
 * process's peak RSS (git's children not included), is written to stderr at
 * exit. Off, `mark` is one property read.
 */
const on = process.env.LEAKGUARD_TIMING === '1';
// One list for the whole process: the dispatcher and each command are separate bundles, each with its own copy of this module.
const shared = globalThis as { __leakguardMarks?: [string, number][] };
const marks: [string, number][] = on ? (shared.__leakguardMarks ??= []) : [];

export function mark(phase: string): void {
  if (!on) return;
  if (marks.length === 0) process.on('exit', () => process.stderr.write(`leakguard timing: ${marks.map(([p, t]) => `${p}=${t.toFixed(1)}`).join(' ')} peakRSS=${Math.round(process.resourceUsage().maxRSS / 1024)}MB\n`));
  marks.push([phase, performance.now()]);
}

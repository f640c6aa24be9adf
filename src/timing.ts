/**
 * Where a run's time goes, for the benchmark's hook breakdown: with
 * LEAKGUARD_TIMING=1 each phase's end is marked (milliseconds since the
 * process started, Node's own start-up included) and the list, with this
 * process's peak RSS (git's children not included), is written to stderr at
 * exit. Off, `mark` is one property read.
 */
const on = process.env.LEAKGUARD_TIMING === '1';
// One list for the whole process: the dispatcher and each command are separate bundles, each with its own copy of this module.
const shared = globalThis as { __leakguardMarks?: [string, number | string][] };
const marks: [string, number | string][] = on ? (shared.__leakguardMarks ??= []) : [];

export function mark(phase: string): void {
  record(phase, performance.now());
}

/** A fact about the run (not a phase), printed with the marks: `codeCache=hit`. */
export function note(name: string, value: string): void {
  record(name, value);
}

function record(name: string, value: number | string): void {
  if (!on) return;
  if (marks.length === 0) process.on('exit', () => process.stderr.write(`leakguard timing: ${marks.map(([p, t]) => `${p}=${typeof t === 'number' ? t.toFixed(1) : t}`).join(' ')} peakRSS=${Math.round(process.resourceUsage().maxRSS / 1024)}MB\n`));
  marks.push([name, value]);
}

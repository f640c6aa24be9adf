import { writeFile } from 'node:fs/promises';
import { isBlocking, type Confidence } from '../detect/types.js';
import { LeakguardError } from '../errors.js';
import type { ScanResult } from '../pipeline.js';
import { formatters } from '../report/index.js';
import type { ReportMeta } from '../report/types.js';
import { useColor } from './args.js';

export interface OutputOptions {
  format: string;
  report?: string;
  noColor?: boolean;
  /** Findings at or above this confidence make the exit code 1; lower ones are warnings. */
  failOn?: Confidence;
}

export function checkFormat(format: string, command: string): void {
  if (!formatters[format]) throw new LeakguardError(`${command}: unknown --format "${format}" (known: ${Object.keys(formatters).join(', ')})`);
}

/**
 * Prints a result in the chosen format; with --report, writes that format to
 * the file and shows the human summary on the terminal. Returns the exit code.
 */
export async function emitResult(result: ScanResult, meta: Omit<ReportMeta, 'color'>, opts: OutputOptions): Promise<number> {
  const color = useColor(process.stdout, opts.noColor ? false : undefined);
  if (opts.report) {
    const text = formatters[opts.format]!(result, { ...meta, color: false });
    await writeFile(opts.report, text).catch((e: Error) => {
      throw new LeakguardError(`cannot write report to ${opts.report}: ${e.message}`);
    });
    process.stdout.write(formatters.human!(result, { ...meta, color, ...(opts.failOn ? { failOn: opts.failOn } : {}) }));
  } else {
    process.stdout.write(formatters[opts.format]!(result, { ...meta, color: opts.format === 'human' && color, ...(opts.failOn ? { failOn: opts.failOn } : {}) }));
  }
  return result.findings.some((f) => isBlocking(f, opts.failOn)) ? 1 : 0;
}

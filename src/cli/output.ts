import { promises as fsp } from 'node:fs';
import { isBlocking, type Confidence } from '../detect/types.js';
import { LeakguardError } from '../errors.js';
import type { ScanResult } from '../pipeline.js';
import { formatters } from '../report/index.js';
import { quotePath } from '../report/quote-path.js';
import { readerMissing } from '../sources/archive.js';
import type { ReportMeta } from '../report/types.js';
import { useColor } from './args.js';

export interface OutputOptions {
  format: string;
  report?: string;
  noColor?: boolean;
  /** Findings at or above this confidence make the exit code 1; lower ones are warnings. */
  failOn?: Confidence;
  /** Hook modes: a file that could not be scanned blocks too (exit 1), with the way to allow it. */
  failClosed?: boolean;
  /** The config file to name in the way to allow an unscanned file. */
  configFile?: string;
  /** With --verify: exit 1 only for credentials the provider still accepts. */
  failOnLive?: boolean;
  /** Files named on the command line: one that could not be read is a runtime error (exit 2), not a pass. */
  named?: string[];
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
    await fsp.writeFile(opts.report, text).catch((e: Error) => {
      throw new LeakguardError(`cannot write report to ${opts.report}: ${e.message}`);
    });
    process.stdout.write(formatters.human!(result, { ...meta, color, ...(opts.failOn ? { failOn: opts.failOn } : {}) }));
  } else {
    process.stdout.write(formatters[opts.format]!(result, { ...meta, color: opts.format === 'human' && color, ...(opts.failOn ? { failOn: opts.failOn } : {}) }));
  }
  const unscanned = result.skipped.filter((s) => s.unscanned);
  if (opts.failClosed && unscanned.length) {
    // Said on stderr too, so it is seen whatever the format on stdout.
    const list = unscanned.slice(0, 10).map((s) => `  ${quotePath(s.path)}${s.commit ? ` (commit ${s.commit.slice(0, 12)})` : ''}: ${s.reason}`).join('\n');
    const cfg = opts.configFile ?? 'leakguard.config.json';
    process.stderr.write(
      `leakguard: ${unscanned.length} file${unscanned.length === 1 ? '' : 's'} could not be scanned, so ${meta.mode === 'push' ? 'this push' : 'this commit'} is blocked:\n${list}${unscanned.length > 10 ? `\n  … and ${unscanned.length - 10} more` : ''}\n` +
        `To allow ${unscanned.length === 1 ? 'it' : 'them'}: add the path to "allow.paths" in ${cfg} (or raise "maxFileSize" there if it is only large), or skip the check once with --no-verify.\n`,
    );
    return 1;
  }
  const namedUnread = opts.named ? unscanned.filter((s) => opts.named!.some((n) => s.path === n || s.path === n.replace(/^\.\//, ''))) : [];
  if (namedUnread.length) {
    const reinstall = namedUnread.some((s) => readerMissing(s.reason));
    process.stderr.write(`leakguard: could not scan ${namedUnread.map((s) => `${quotePath(s.path)} (${s.reason})`).join(', ')}: ${reinstall ? 'reinstall leakguard (npm ci)' : 'fix the permissions or size (--max-file-size)'}, then scan again.\n`);
    return 2;
  }
  if (opts.failOnLive) return result.findings.some((f) => f.verification?.status === 'live') ? 1 : 0;
  return result.findings.some((f) => isBlocking(f, opts.failOn)) ? 1 : 0;
}

import type { ScanResult } from '../pipeline.js';

export interface ReportMeta {
  /** What was scanned, for the summary line: 'staged changes', 'src/', 'stdin'. */
  target: string;
  /** Staged scans tell the user how to unblock the commit. */
  mode: 'staged' | 'files' | 'stdin' | 'history' | 'push';
  color: boolean;
  version: string;
  /** Findings below this confidence are warnings, not failures. */
  failOn?: import('../detect/types.js').Confidence;
  /** The commit-msg hook: the file git keeps the message in (.git/COMMIT_EDITMSG), to say how to reuse it. */
  messageFile?: string;
  /** Staged scans with blocking findings: the project's way to run `leakguard fix` (npx, pnpm exec, yarn, bunx). */
  fixCommand?: string;
}

/** Every formatter has this shape; register it in report/index.ts. */
export type Formatter = (result: ScanResult, meta: ReportMeta) => string;

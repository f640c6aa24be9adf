export type CheckStatus = 'pass' | 'fail' | 'n/a';

export interface CheckResult {
  status: CheckStatus;
  /** What was found: file names, key names, line numbers. Never secret values. */
  evidence: string[];
  /** What to do about a failure. */
  fix?: string;
}

/** One item of the checklist: one file in src/doctor/checks/, registered in src/doctor/index.ts. */
export interface Check {
  id: string;
  title: string;
  run: (ctx: import('./context.js').DoctorContext) => Promise<CheckResult>;
}

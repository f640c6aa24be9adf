import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LeakguardError, describeFsError } from '../errors.js';
import { git } from '../git/run.js';
import { IGNORE_FILE, parseIgnoreFile, readIgnoreText, today, withEntry, type AllowEntry } from './ignore-file.js';

/** GitHub push protection's bypass reasons, as shorthands; `fix-later` must say until when. */
export const ALLOW_KINDS = { 'false-positive': 'false positive', 'used-in-tests': 'used in tests', 'fix-later': 'will fix later' } as const;
export type AllowKind = keyof typeof ALLOW_KINDS;

export interface AllowRequest {
  fingerprints: string[];
  reason?: string;
  kind?: AllowKind;
  until?: string;
}

/** A fingerprint as findings carry it: rule id, a colon, 20 hex digits (older or imported ones may differ in length). */
const FINGERPRINT = /^[A-Za-z0-9][\w.-]{0,120}:[0-9a-f]{8,64}$/;

/** Checks a request before anything is written; every problem is a usage error naming what to change. */
export function checkRequest(req: AllowRequest, on = today()): void {
  if (!req.fingerprints.length) throw new LeakguardError('allow: name the fingerprint to allow (the blocked commit prints it: "fingerprint <rule>:<hash>"), or use --list');
  for (const fp of req.fingerprints) if (!FINGERPRINT.test(fp)) throw new LeakguardError(`allow: "${fp}" is not a fingerprint (they look like generic-api-key:0123456789abcdef0123; the scan prints one per finding)`);
  if (req.reason === undefined && !req.kind) throw new LeakguardError('allow: say why: --reason "…", or --false-positive, --used-in-tests, or --fix-later --until <date>');
  if (req.reason !== undefined && req.reason.trim() === '') throw new LeakguardError('allow: --reason is empty: say why this finding may stay');
  if (req.kind === 'fix-later' && !req.until) throw new LeakguardError('allow: --fix-later needs --until <YYYY-MM-DD>: the date by which it will be fixed');
  if (req.until !== undefined) {
    const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(req.until);
    const valid = d && new Date(`${req.until}T00:00:00Z`).toISOString().startsWith(req.until);
    if (!valid) throw new LeakguardError(`allow: --until "${req.until}" is not a date: write it as YYYY-MM-DD`);
    if (req.until < on) throw new LeakguardError(`allow: --until ${req.until} has already passed (today is ${on})`);
  }
}

/** Who records the exception: git's user.email (else user.name), as the commit would say. */
async function author(root: string): Promise<string | undefined> {
  for (const key of ['user.email', 'user.name']) {
    const out = await git(['config', '--get', key], { cwd: root, okCodes: [1] }).catch(() => Buffer.alloc(0));
    const v = out.toString('utf8').trim();
    if (v) return v;
  }
  return undefined;
}

/** Records (or renews) each fingerprint in .leakguardignore with its reason, owner, date and end. */
export async function recordExceptions(root: string, req: AllowRequest): Promise<{ entries: Omit<AllowEntry, 'line'>[]; replaced: number }> {
  checkRequest(req);
  const file = join(root, IGNORE_FILE);
  let text = readIgnoreText(root);
  const by = await author(root);
  const added = today();
  const reason = req.reason ?? (req.kind ? ALLOW_KINDS[req.kind] : undefined);
  const entries = req.fingerprints.map((fingerprint) => ({
    fingerprint,
    ...(req.kind ? { kind: req.kind } : {}),
    ...(reason !== undefined ? { reason } : {}),
    ...(by ? { by } : {}),
    added,
    ...(req.until ? { until: req.until } : {}),
  }));
  let replaced = 0;
  for (const e of entries) {
    const r = withEntry(text, e);
    text = r.text;
    if (r.replaced) replaced++;
  }
  try {
    writeFileSync(file, text!);
  } catch (e) {
    throw new LeakguardError(`allow: cannot write ${file}: ${describeFsError(e as NodeJS.ErrnoException)}`);
  }
  return { entries, replaced };
}

/** The entries of .leakguardignore, each with whether it has expired. */
export function listExceptions(root: string, on = today()): (AllowEntry & { expired: boolean })[] {
  const list = parseIgnoreFile(readIgnoreText(root) ?? '', on);
  return list.list.map((e) => ({ ...e, expired: list.expired.get(e.fingerprint) === e }));
}

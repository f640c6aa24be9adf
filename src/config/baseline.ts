import { existsSync, promises as fsp, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fingerprint } from '../detect/fingerprint.js';
import type { Finding } from '../detect/types.js';
import { describeFsError, LeakguardError } from '../errors.js';
import { markUnionMerge } from './merge-attributes.js';

export const BASELINE_FILE = '.leakguard-baseline.json';

interface BaselineDoc {
  schema: 'leakguard/baseline@1';
  note?: string;
  findings: ({ fingerprint: string; ruleId: string; file: string; value?: string } | null)[];
}

/**
 * The key a baselined value is also known by once its file is gone (moved with git mv, renamed):
 * a move is not a new leak. Only for entries whose file no longer exists, so a copy of a known
 * secret into another file, the original still in place, is still reported.
 */
export function movedKey(ruleId: string, value: string): string {
  return `moved:${ruleId}:${value}`;
}

/** A finding's value id: its fingerprint without the path (rule and secret, hashed and truncated, like the fingerprint). */
export function valueId(ruleId: string, secret: string): string {
  return fingerprint(ruleId, '', secret).slice(ruleId.length + 1);
}

/**
 * Fingerprints of findings that existed when leakguard was adopted, so the hook
 * blocks only new leaks. Never stores secrets (fingerprints and value ids are salted with
 * rule and path and truncated), and no line numbers or dates, so the file does
 * not churn when code moves — a known pain of detect-secrets baselines.
 */
export async function loadBaseline(root: string, file = join(root, BASELINE_FILE), required = false): Promise<Set<string>> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' && !required) return new Set();
    throw new LeakguardError(`cannot read baseline ${file}: ${(e as Error).message}`);
  }
  let doc: BaselineDoc;
  try {
    doc = JSON.parse(text) as BaselineDoc;
  } catch (e) {
    throw new LeakguardError(`invalid baseline ${file}: not valid JSON (${(e as Error).message})`);
  }
  if (!doc || !Array.isArray(doc.findings)) throw new LeakguardError(`invalid baseline ${file}: "findings" must be an array`);
  const out = new Set<string>();
  doc.findings.forEach((f, i) => {
    if (f === null) return; // the end marker (see writeBaseline)
    if (typeof f?.fingerprint !== 'string') throw new LeakguardError(`invalid baseline ${file}: "findings[${i}].fingerprint" must be a string`);
    out.add(f.fingerprint);
    if (typeof f.value === 'string' && typeof f.ruleId === 'string' && typeof f.file === 'string' && !existsSync(join(root, f.file))) out.add(movedKey(f.ruleId, f.value));
  });
  return out;
}

/** Writes findings as a baseline, sorted so that regenerating it is a no-op diff. */
export async function writeBaseline(file: string, findings: Finding[]): Promise<number> {
  // A secret found in several files is one finding; the baseline keeps each place's fingerprint.
  const all = findings.flatMap((f) => {
    const value = f.secret !== undefined && !f.secret.startsWith('file:') ? { value: valueId(f.ruleId, f.secret) } : {};
    return [{ fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.file, ...value }, ...(f.locations ?? []).map((l) => ({ fingerprint: l.fingerprint, ruleId: f.ruleId, file: l.file, ...value }))];
  });
  const unique = new Map(all.map((f) => [f.fingerprint, f]));
  const sorted = [...unique.values()].sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
  await fsp.writeFile(file, formatBaseline(sorted)).catch((e: NodeJS.ErrnoException) => {
    throw new LeakguardError(`baseline: cannot write ${file}: ${describeFsError(e)}`);
  });
  return unique.size;
}

/**
 * One finding per line, sorted, each line ending in a comma and the array closed by a fixed `null`
 * line: no line depends on its neighbours, so two branches that each baseline new findings merge with
 * git's `union` driver (the baseline command marks the file so in .gitattributes), and without it
 * conflict only where both added next to the same entry. Still plain JSON.
 */
export function formatBaseline(findings: { fingerprint: string; ruleId: string; file: string; value?: string }[]): string {
  const head = `{"schema": "leakguard/baseline@1",\n"note": "Known findings leakguard does not block on. Fingerprints only, never secrets. One per line, so branches merge. Regenerate: leakguard baseline",\n"findings": [\n`;
  return `${head}${findings.map((f) => `${JSON.stringify(f)},\n`).join('')}null\n]}\n`;
}

/**
 * Marks the baseline at the repository root `merge=union` (merge-attributes.ts) unless an attribute
 * already decides; returns what was added, to be said.
 */
export async function markBaselineMergeable(root: string, file: string): Promise<string | undefined> {
  if (file !== join(root, BASELINE_FILE)) return undefined;
  return markUnionMerge(root, [BASELINE_FILE]);
}

import { promises as fsp, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../detect/types.js';
import { LeakguardError } from '../errors.js';

export const BASELINE_FILE = '.leakguard-baseline.json';

interface BaselineDoc {
  schema: 'leakguard/baseline@1';
  note?: string;
  findings: { fingerprint: string; ruleId: string; file: string }[];
}

/**
 * Fingerprints of findings that existed when leakguard was adopted, so the hook
 * blocks only new leaks. Never stores secrets (fingerprints are salted with
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
  return new Set(doc.findings.map((f, i) => {
    if (typeof f?.fingerprint !== 'string') throw new LeakguardError(`invalid baseline ${file}: "findings[${i}].fingerprint" must be a string`);
    return f.fingerprint;
  }));
}

/** Writes findings as a baseline, sorted so that regenerating it is a no-op diff. */
export async function writeBaseline(file: string, findings: Finding[]): Promise<number> {
  // A secret found in several files is one finding; the baseline keeps each place's fingerprint.
  const all = findings.flatMap((f) => [f, ...(f.locations ?? []).map((l) => ({ fingerprint: l.fingerprint, ruleId: f.ruleId, file: l.file }))]);
  const unique = new Map(all.map((f) => [f.fingerprint, { fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.file }]));
  const doc: BaselineDoc = {
    schema: 'leakguard/baseline@1',
    note: 'Known findings leakguard does not block on. Fingerprints only, never secrets. Regenerate: leakguard baseline',
    findings: [...unique.values()].sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0)),
  };
  await fsp.writeFile(file, JSON.stringify(doc, null, 2) + '\n');
  return unique.size;
}

import { join } from 'node:path';
import { asFsError } from '../errors.js';
import { appendLines, readText } from '../text-file.js';

export const IGNORE_FILE = '.leakguardignore';

/**
 * `.leakguardignore`: reviewed exceptions, one per line, merge-friendly (lines are independent, so
 * `init` marks the file `merge=union` in .gitattributes and two branches' additions never conflict):
 *
 *     <fingerprint>  # kind=used-in-tests reason="fixture for the signer test" by=dev@acme.io added=2026-12-06 until=2027-03-31
 *
 * Everything after `#` is a comment, so a plain fingerprint, with or without a free comment, keeps
 * working, and versions that predate the fields still read the fingerprint. `leakguard allow` writes
 * the fields; `until` (inclusive) ends the exception: past it the finding blocks again.
 */
export interface AllowEntry {
  fingerprint: string;
  /** 1-based line in the file, for messages. */
  line: number;
  reason?: string;
  kind?: string;
  by?: string;
  added?: string;
  until?: string;
}

/** The fingerprints in force, plus the entries whose `until` has passed (they allow nothing). */
export class IgnoreList extends Set<string> {
  readonly list: AllowEntry[] = [];
  readonly expired = new Map<string, AllowEntry>();
}

const FIELD = /\b(reason|kind|by|added|until)=("(?:[^"\\\n]|\\.){0,2000}"|[^\s"]{1,200})/g;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today as YYYY-MM-DD in local time: an exception "until 2027-03-31" holds through that day where the developer is. */
export function today(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export function parseIgnoreFile(text: string, on = today()): IgnoreList {
  const out = new IgnoreList();
  text.split(/\r?\n/).forEach((raw, i) => {
    const hash = raw.indexOf('#');
    const fingerprint = (hash < 0 ? raw : raw.slice(0, hash)).trim();
    if (!fingerprint) return;
    const entry: AllowEntry = { fingerprint, line: i + 1 };
    if (hash >= 0) {
      for (const m of raw.slice(hash + 1).matchAll(FIELD)) {
        const value = m[2]!.startsWith('"') ? unquote(m[2]!) : m[2]!;
        entry[m[1] as 'reason' | 'kind' | 'by' | 'added' | 'until'] = value;
      }
    }
    out.list.push(entry);
    if (entry.until !== undefined && DATE.test(entry.until) && entry.until < on) out.expired.set(fingerprint, entry);
    else out.add(fingerprint);
  });
  return out;
}

function unquote(q: string): string {
  try {
    return JSON.parse(q) as string;
  } catch {
    return q.slice(1, -1);
  }
}

/** One entry as a line of the file. */
export function formatEntry(e: Omit<AllowEntry, 'line'>): string {
  const fields = [
    e.kind ? `kind=${e.kind}` : '',
    e.reason !== undefined ? `reason=${JSON.stringify(e.reason)}` : '',
    e.by ? `by=${e.by.replace(/\s+/g, '_')}` : '',
    e.added ? `added=${e.added}` : '',
    e.until ? `until=${e.until}` : '',
  ].filter(Boolean);
  return fields.length ? `${e.fingerprint}  # ${fields.join(' ')}` : e.fingerprint;
}

/** The text of `.leakguardignore`, or undefined when the repository has none. */
export function readIgnoreText(root: string): string | undefined {
  try {
    return readText(join(root, IGNORE_FILE));
  } catch (e) {
    throw asFsError(e) ?? e;
  }
}

/** Fingerprints listed in `.leakguardignore`, the expired ones set apart. */
export function loadIgnoreFile(root: string): Promise<IgnoreList> {
  const text = readIgnoreText(root);
  return Promise.resolve(text === undefined ? new IgnoreList() : parseIgnoreFile(text));
}

/** The file with `entry` recorded: replacing the line of the same fingerprint, else appended; line endings kept. */
export function withEntry(text: string | undefined, entry: Omit<AllowEntry, 'line'>): { text: string; replaced: boolean } {
  const line = formatEntry(entry);
  if (!text) return { text: appendLines('', ['# Reviewed exceptions: leakguard allow <fingerprint> --reason "…" writes these; leakguard allow --list shows them.', line]), replaced: false };
  const lines = text.split(/\r?\n/);
  const at = lines.findIndex((l) => (l.indexOf('#') < 0 ? l : l.slice(0, l.indexOf('#'))).trim() === entry.fingerprint);
  if (at < 0) return { text: appendLines(text, [line]), replaced: false };
  lines[at] = line;
  return { text: lines.join(text.includes('\r\n') ? '\r\n' : '\n'), replaced: true };
}

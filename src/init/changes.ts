import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { readText } from '../text-file.js';

/**
 * One file `init` (or `uninstall`) wants to change, computed before anything
 * is written, so --dry-run shows exactly what a real run would do and a real
 * run explains itself file by file.
 */
export interface FileChange {
  /** Repository-relative path, for display. */
  display: string;
  /** Absolute path. */
  path: string;
  /** New content, or null to delete the file. */
  content: string | null;
  /** What and why, one line. */
  reason: string;
  executable?: boolean;
}

export { readText };

/** Only changes that differ from what is on disk: the basis of idempotence. */
export function effective(changes: FileChange[]): FileChange[] {
  return changes.filter((c) => {
    const current = readText(c.path);
    return c.content === null ? current !== undefined : current !== c.content;
  });
}

export function apply(changes: FileChange[]): void {
  for (const c of changes) {
    if (c.content === null) {
      rmSync(c.path, { force: true });
      continue;
    }
    mkdirSync(dirname(c.path), { recursive: true });
    writeFileSync(c.path, c.content);
    if (c.executable) chmodSync(c.path, 0o755);
  }
}

/**
 * A managed block inside a file the user owns (a hook script): delimited by
 * marker lines so it can be updated in place or removed exactly, leaving the
 * user's own lines untouched.
 */
export function upsertBlock(current: string | undefined, block: string, begin: string, end: string): string {
  const base = current ?? '';
  const range = findBlock(base, begin, end);
  if (range) return base.slice(0, range[0]) + block + base.slice(range[1]);
  if (base === '') return block;
  return base + (base.endsWith('\n') ? '' : '\n') + block;
}

export function removeBlock(current: string, begin: string, end: string): string {
  const range = findBlock(current, begin, end);
  if (!range) return current;
  return current.slice(0, range[0]) + current.slice(range[1]);
}

function findBlock(text: string, begin: string, end: string): [number, number] | undefined {
  const s = text.indexOf(begin);
  if (s < 0) return undefined;
  const e = text.indexOf(end, s);
  if (e < 0) return undefined;
  let stop = e + end.length;
  if (text[stop] === '\n') stop++;
  return [s, stop];
}

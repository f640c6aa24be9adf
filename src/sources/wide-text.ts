import { git } from '../git/run.js';
import { decodeText, textEncoding } from './binary.js';

/**
 * UTF-16 text that git calls binary (its NUL high bytes), read from its blob instead of a patch:
 * git shows "Binary files differ", so the added lines are worked out here, by decoding the new and
 * the old version and keeping the new version's lines the old one did not have (as many times as
 * they were added). Such files are rare (Windows tooling), so each is read whole.
 */
export function addedLines(now: string, before: string | undefined): { text: string; lineNumbers: number[] } {
  const old = new Map<string, number>();
  for (const l of (before ?? '').split(/\r?\n/)) old.set(l, (old.get(l) ?? 0) + 1);
  const texts: string[] = [];
  const lineNumbers: number[] = [];
  now.split(/\r?\n/).forEach((l, i) => {
    const n = old.get(l);
    if (n) old.set(l, n - 1);
    else if (l !== '') {
      texts.push(l);
      lineNumbers.push(i + 1);
    }
  });
  return { text: texts.join('\n'), lineNumbers };
}

/** True when these first bytes are UTF-16 text (with or without a byte-order mark). */
export function isWideText(head: Buffer): boolean {
  const enc = textEncoding(head);
  return enc === 'utf-16le' || enc === 'utf-16be';
}

/** An object (a blob id, or `<rev>:<path>`) decoded as text, or undefined when it is missing or binary. */
export async function blobText(root: string, object: string): Promise<string | undefined> {
  const out = await git(['cat-file', 'blob', object], { cwd: root, okCodes: [128] }).catch(() => undefined);
  return out && out.length ? decodeText(out) : undefined;
}

import { stagedDiff } from '../git/diff.js';
import { readIndexBlobs } from '../git/index-blobs.js';
import { looksBinary } from './binary.js';
import type { SourceItem } from './types.js';

/**
 * The staged changes: exactly what the next commit adds, read from the index
 * (never the working tree, so partial staging with `git add -p` is honoured).
 * Only added lines are scanned by default, so an old secret elsewhere in a
 * file does not block an unrelated commit.
 */
export async function* stagedSource(root: string, maxBytes: number, paths: string[] = [], fullFiles = false): AsyncGenerator<SourceItem> {
  const diffs = await stagedDiff(root, paths);
  if (fullFiles) {
    // The whole staged version of every changed file, not just its added lines.
    const blobs = await readIndexBlobs(root, diffs.filter((d) => !d.binary).map((d) => d.path));
    for (const file of diffs) {
      const blob = blobs.get(file.path);
      if (file.binary || (blob && looksBinary(blob))) yield { path: file.path, skipped: 'binary' };
      else if (!blob) yield { path: file.path, text: '' };
      else if (blob.length > maxBytes) yield { path: file.path, skipped: `too large (${formatBytes(blob.length)}; limit ${formatBytes(maxBytes)})` };
      else yield { path: file.path, text: blob.toString('utf8') };
    }
    return;
  }
  for (const file of diffs) {
    if (file.binary) yield { path: file.path, skipped: 'binary' };
    else if (file.addedBytes > maxBytes) yield { path: file.path, skipped: `too large (${formatBytes(file.addedBytes)} added; limit ${formatBytes(maxBytes)})` };
    else if (file.added.length === 0) yield { path: file.path, text: '' };
    else yield { path: file.path, text: file.added.map((l) => l.text).join('\n'), lineNumbers: file.added.map((l) => l.line) };
  }
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 ** 2).toFixed(1)} MB`;
}

import { logPatches } from '../git/log.js';
import { formatBytes } from './staged.js';
import { COMMIT_MESSAGE, type SourceItem } from './types.js';

/**
 * The lines each commit in a revision range adds (`git log -p`), one item per
 * commit and file, tagged with the commit, and each commit's message. What pre-push, pre-receive and
 * `scan --range` read.
 */
export async function* commitsSource(root: string, revArgs: string[], maxBytes: number): AsyncGenerator<SourceItem> {
  for await (const commit of logPatches(root, revArgs)) {
    // A token pasted into a message is as public as one in a file (gitleaks #800).
    if (commit.message) yield { path: COMMIT_MESSAGE, commit: commit.sha, author: `${commit.author} <${commit.email}>`, date: commit.date, text: commit.message };
    for (const file of commit.files) {
      const base = { path: file.path, commit: commit.sha, author: `${commit.author} <${commit.email}>`, date: commit.date };
      if (file.binary) yield { ...base, skipped: 'binary' };
      else if (file.addedBytes > maxBytes) yield { ...base, skipped: `too large (${formatBytes(file.addedBytes)} added)`, unscanned: true };
      else if (file.added.length) yield { ...base, text: file.added.map((l) => l.text).join('\n'), lineNumbers: file.added.map((l) => l.line) };
    }
  }
}

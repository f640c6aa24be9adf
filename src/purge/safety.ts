import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LeakguardError } from '../errors.js';
import { git } from '../git/run.js';

/**
 * Refuses to rewrite history when doing so could lose work or confuse the
 * user: uncommitted changes (they would be entangled with the rewrite), an
 * operation in progress, or — unless forced — a working clone rather than a
 * fresh one (its reflog and unpushed state are the user's fallback; purge
 * expires them). Every refusal says why and what to do.
 */
export async function checkSafeToRewrite(root: string, gitDir: string, force: boolean): Promise<void> {
  // All the questions at once: each is a git process, and they are independent.
  const [statusOut, reflogOut, stashOut, countOut] = await Promise.all([
    git(['status', '--porcelain=v1', '--untracked-files=no'], { cwd: root }),
    git(['reflog', 'show', '--format=%H', 'HEAD', '--'], { cwd: root, okCodes: [128] }),
    git(['rev-parse', '--verify', '--quiet', 'refs/stash'], { cwd: root, okCodes: [1] }),
    git(['count-objects', '-v'], { cwd: root }),
  ]);
  const status = statusOut.toString('utf8');
  if (status.trim()) {
    throw new LeakguardError('purge: the working tree has uncommitted changes. Commit or stash them (git stash), then run purge again: a history rewrite must start from a clean state.');
  }
  for (const [file, what] of [
    ['MERGE_HEAD', 'a merge'],
    ['rebase-merge', 'a rebase'],
    ['rebase-apply', 'a rebase or am'],
    ['CHERRY_PICK_HEAD', 'a cherry-pick'],
    ['REVERT_HEAD', 'a revert'],
    ['BISECT_LOG', 'a bisect'],
  ] as const) {
    if (existsSync(join(gitDir, file))) throw new LeakguardError(`purge: ${what} is in progress. Finish or abort it first.`);
  }
  if (force) return;
  const reasons: string[] = [];
  const reflog = reflogOut.toString('utf8').trim().split('\n').filter(Boolean);
  if (reflog.length > 1) reasons.push(`HEAD has ${reflog.length} reflog entries (work was done here)`);
  const stash = stashOut.toString('utf8').trim();
  if (stash) reasons.push('there are stashed changes');
  const loose = /^count: (\d+)$/m.exec(countOut.toString('utf8'));
  if (loose && Number(loose[1]) > 0) reasons.push(`${loose[1]} loose objects (a fresh clone has none)`);
  if (reasons.length) {
    throw new LeakguardError(
      `purge: this does not look like a fresh clone (${reasons.join('; ')}). Purging rewrites every commit and expires the reflog, so run it in a fresh clone ` +
        '(git clone <url> purge-work && cd purge-work), keeping this one as your fallback. To purge here anyway, pass --force (a backup bundle is written either way).',
    );
  }
}

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LeakguardError } from '../errors.js';
import { git } from '../git/run.js';
import { isLocalPath, listRemotes, type Remote } from './remotes.js';

/**
 * Refuses to rewrite history when doing so could lose work or confuse the
 * user: uncommitted changes (they would be entangled with the rewrite), an
 * operation in progress, or — unless forced — a working clone rather than a
 * fresh one (its reflog and unpushed state are the user's fallback; purge
 * expires them). Every refusal says why and what to do.
 */
export async function checkSafeToRewrite(root: string, gitDir: string, force: boolean, bare = false, remotes: Promise<Remote[]> = listRemotes(root)): Promise<void> {
  // Objects borrowed from another repository (git clone --shared / --reference) stay there: a purge
  // here could not remove them, and verification would find them. No --force makes that work.
  const alternates = join(gitDir, 'objects', 'info', 'alternates');
  if (existsSync(alternates)) {
    const from = readFileSync(alternates, 'utf8').trim().split('\n')[0] ?? '';
    throw new LeakguardError(
      `purge: this clone borrows its objects from ${from} (.git/objects/info/alternates: git clone --shared or --reference), and the old objects there cannot be purged from here. ` +
        'Make a clone with its own objects: git clone --no-local <path or url> purge-work',
    );
  }
  // All the questions at once: each is a git process, and they are independent.
  const [statusOut, reflogOut, stashOut, countOut, remoteList] = await Promise.all([
    bare ? Promise.resolve(Buffer.alloc(0)) : git(['status', '--porcelain=v1', '--untracked-files=no'], { cwd: root }),
    git(['reflog', 'show', '--format=%H', 'HEAD', '--'], { cwd: root, okCodes: [128] }),
    git(['rev-parse', '--verify', '--quiet', 'refs/stash'], { cwd: root, okCodes: [1] }),
    git(['count-objects', '-v'], { cwd: root }),
    remotes,
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
  // `git clone /path` links the origin's loose objects instead of receiving a pack: loose objects
  // are then what a fresh clone of a local path looks like, not a sign of work done here.
  const localClone = remoteList.some((r) => isLocalPath(r.url, root));
  if (loose && Number(loose[1]) > 0 && !localClone) reasons.push(`${loose[1]} loose objects (a fresh clone has none)`);
  if (reasons.length) {
    throw new LeakguardError(
      `purge: this does not look like a fresh clone (${reasons.join('; ')}). Purging rewrites every commit and expires the reflog, so run it in a fresh clone ` +
        '(git clone <url> purge-work && cd purge-work), keeping this one as your fallback. To purge here anyway, pass --force (a backup bundle is written either way).',
    );
  }
}

import { LeakguardError } from '../errors.js';
import { git } from './run.js';

const ZERO = /^0+$/;

export interface RefUpdate {
  ref: string;
  oldSha: string;
  newSha: string;
}

/**
 * Parses what git feeds a hook on stdin.
 * pre-push:    `<local ref> <local sha> <remote ref> <remote sha>` (old is the remote's)
 * pre-receive: `<old sha> <new sha> <ref>`
 */
export function parseRefUpdates(input: string, kind: 'pre-push' | 'pre-receive'): RefUpdate[] {
  const out: RefUpdate[] = [];
  for (const raw of input.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const parts = line.split(/\s+/);
    if (kind === 'pre-push') {
      if (parts.length !== 4) throw new LeakguardError(`pre-push: unexpected input line "${line}" (want: <local ref> <local sha> <remote ref> <remote sha>)`);
      out.push({ ref: parts[2]!, newSha: parts[1]!, oldSha: parts[3]! });
    } else {
      if (parts.length !== 3) throw new LeakguardError(`pre-receive: unexpected input line "${line}" (want: <old sha> <new sha> <ref>)`);
      out.push({ ref: parts[2]!, oldSha: parts[0]!, newSha: parts[1]! });
    }
  }
  return out;
}

/**
 * The `git log` revision arguments that select exactly the commits a set of
 * ref updates brings in: every new tip, minus what the other side already has.
 * Deletions bring nothing. For a new branch (old = zeros) or a force-push whose
 * old tip we do not have, "what the other side has" is every ref it is known
 * to hold: the remote-tracking refs on a client (`--remotes=<name>`), all
 * existing refs on a server (`--all`, since pre-receive runs before the update).
 * Returns undefined when nothing is to be scanned.
 */
export async function revisionsFor(root: string, updates: RefUpdate[], known: string[]): Promise<string[] | undefined> {
  const tips: string[] = [];
  const have: string[] = [];
  for (const u of updates) {
    if (ZERO.test(u.newSha)) continue;
    tips.push(u.newSha);
    if (!ZERO.test(u.oldSha) && (await commitExists(root, u.oldSha))) have.push(u.oldSha);
  }
  if (tips.length === 0) return undefined;
  return [...tips, '--not', ...have, ...known];
}

async function commitExists(root: string, sha: string): Promise<boolean> {
  try {
    await git(['cat-file', '-e', `${sha}^{commit}`], { cwd: root });
    return true;
  } catch {
    return false;
  }
}

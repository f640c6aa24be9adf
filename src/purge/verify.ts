import { git } from '../git/run.js';
import { scanObjects } from './blobs.js';
import type { SecretReplacer } from './replace.js';

export interface Verification {
  /** Purged paths still reachable from some ref. */
  paths: string[];
  /** Objects (any type: blobs, commit and tag messages) that still hold a secret. */
  objects: { sha: string; type: string }[];
}

/**
 * Proves the purge: every object reachable from any ref is listed with its
 * path and no purged path remains; every object in the repository (after the
 * reflog is expired and unreachable objects pruned) is read and none contains
 * a purged secret.
 */
export async function verifyPurged(root: string, dropPath: (p: string) => boolean, replacer: SecretReplacer, checkPaths: boolean): Promise<Verification> {
  const paths: string[] = [];
  if (checkPaths) {
    const out = (await git(['-c', 'core.quotePath=false', 'rev-list', '--all', '--objects'], { cwd: root })).toString('utf8');
    for (const line of out.split('\n')) {
      const sp = line.indexOf(' ');
      if (sp > 0 && dropPath(line.slice(sp + 1))) paths.push(line.slice(sp + 1));
    }
  }
  const objects: { sha: string; type: string }[] = [];
  if (!replacer.empty) await scanObjects(root, replacer, 'any', (hit) => void objects.push({ sha: hit.sha, type: hit.type }));
  return { paths: [...new Set(paths)], objects };
}

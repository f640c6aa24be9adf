import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { LeakguardError } from '../errors.js';
import { GitError, git } from './run.js';

/**
 * The top level of the work tree containing `cwd`, or a clear error.
 * Git runs hooks from the top level, so there `.git` sits in `cwd` and we can
 * skip spawning `git rev-parse` (a few milliseconds on every commit), unless
 * GIT_DIR/GIT_WORK_TREE point elsewhere.
 */
export async function repoRoot(cwd: string, opts: { bare?: boolean } = {}): Promise<string> {
  if (!process.env.GIT_DIR && !process.env.GIT_WORK_TREE && existsSync(join(cwd, '.git'))) return cwd;
  try {
    return (await git(['rev-parse', '--show-toplevel'], { cwd })).toString('utf8').replace(/\n$/, '');
  } catch (e) {
    if (e instanceof GitError && /not a git repository/i.test(e.stderr)) {
      throw new LeakguardError(`${cwd} is not inside a git repository. Run leakguard from a repository, or use \`leakguard scan --no-git <path>\` for a plain folder.`);
    }
    // A bare repository (a mirror clone, a server's copy) has history but no work tree.
    if (e instanceof GitError && /must be run in a work tree/i.test(e.stderr)) {
      if (opts.bare) return (await git(['rev-parse', '--absolute-git-dir'], { cwd })).toString('utf8').replace(/\n$/, '');
      throw new LeakguardError(`${cwd} is a bare repository: it has no work tree or index to scan. Scan its history with \`leakguard scan --history\` (or --range).`);
    }
    throw e;
  }
}

/** True when the repository has at least one commit. */
export async function hasHead(root: string): Promise<boolean> {
  try {
    await git(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { cwd: root });
    return true;
  } catch {
    return false;
  }
}

/** A path given on the command line (relative to cwd) as a repository path with `/` separators, or a clear error when it is outside. */
export function toRootRelative(root: string, cwd: string, p: string): string {
  const rel = relative(root, resolve(cwd, p)).split(sep).join('/');
  if (rel.startsWith('..')) throw new LeakguardError(`${p} is outside the repository at ${root} (use --no-git to scan it as a plain folder)`);
  return rel === '' ? '.' : rel;
}

import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * git calls a file binary from its content (a NUL in the first 8,000 bytes)
 * unless an attribute says so first: `-diff` or `binary` in a committed
 * `.gitattributes` (or a user's global or system attributes file) turns a text
 * file's changes into "Binary files differ" in `git diff` and `git log -p`,
 * and hides any secret in them. Whoever commits a `.gitattributes` must not be
 * able to switch the scanner off, so the staged and history readers run git
 * without them:
 *
 * - global and system attributes: `core.attributesFile=/dev/null` (git for
 *   Windows maps the name to `nul`) and `GIT_ATTR_NOSYSTEM`;
 * - the work tree's and the index's `.gitattributes`: git reads neither in a
 *   bare repository, so git runs as one on the same git directory (`GIT_DIR`,
 *   `GIT_IMPLICIT_WORK_TREE=0`, `core.bare=true`). This also spares git a
 *   failed `open` of `<dir>/.gitattributes` beside every file it diffs
 *   (45,000 on the generated 12k-commit history). Where git cannot run as
 *   one, see `treeAttributes`.
 *
 * `$GIT_DIR/info/attributes` is read even then (only git 2.40's
 * `--attr-source` could say otherwise); `localAttributes` tells whether it
 * holds lines that can hide text, and the readers then check what git
 * called binary by its content.
 */
export interface AttributeFreeGit {
  /** Put before the git command. */
  args: string[];
  /** Variables to add to (and, for `unset`, remove from) git's environment. */
  env: Record<string, string>;
  unset: string[];
  /**
   * git would still read the tree's `.gitattributes`: it cannot run as a bare
   * repository where `core.worktree` is set (a submodule's git directory) or
   * the directory is not ours. With `env.GIT_DIR` set, a history reader runs
   * git from an empty work tree and index instead (`emptyTreeEnv`); otherwise
   * what git calls binary is checked by its content.
   */
  treeAttributes?: boolean;
  /** `info/attributes` of the repository when it has a line that can make a text file binary to git. */
  localAttributes?: string;
}

const DEV_NULL = '/dev/null';

export function attributeFreeGit(root: string): AttributeFreeGit {
  const free: AttributeFreeGit = { args: ['-c', `core.attributesFile=${DEV_NULL}`], env: { GIT_ATTR_NOSYSTEM: '1' }, unset: [] };
  const dirs = gitDirs(root);
  if (!dirs) return free;
  if (dirs.ours && !dirs.worktreeInConfig) {
    free.args.push('-c', 'core.bare=true');
    free.env.GIT_DIR = dirs.gitDir;
    free.env.GIT_IMPLICIT_WORK_TREE = '0';
    free.unset.push('GIT_WORK_TREE');
  } else {
    free.treeAttributes = true;
    if (dirs.ours) free.env.GIT_DIR = dirs.gitDir;
  }
  const info = join(dirs.commonDir, 'info', 'attributes');
  if (canHideText(info)) free.localAttributes = info;
  return free;
}

/**
 * For `treeAttributes` with a GIT_DIR: git run from `empty` (an empty
 * directory), with it as the work tree and an index that does not exist, finds
 * no `.gitattributes` anywhere. (git reads them relative to its working
 * directory, and falls back to the index's.) For commands that need neither
 * the work tree nor the index, such as `git log`.
 */
export function emptyTreeEnv(free: AttributeFreeGit, empty: string): AttributeFreeGit {
  return { ...free, env: { ...free.env, GIT_WORK_TREE: empty, GIT_INDEX_FILE: join(empty, 'index') }, treeAttributes: false };
}

/** Whether `git log` can be kept from the tree's attributes by running it from an empty work tree. */
export function emptyTreeHelps(free: AttributeFreeGit): boolean {
  return !!free.treeAttributes && !!free.env.GIT_DIR;
}

/**
 * What a history reader's git still reads that can make a text file binary (a file to name in the
 * report), or undefined: `info/attributes`, or the tree's `.gitattributes` where neither a bare
 * repository nor an empty work tree could be used.
 */
export function attributesLogStillReads(free: AttributeFreeGit): string | undefined {
  return free.localAttributes ?? (free.treeAttributes && !emptyTreeHelps(free) ? '.gitattributes' : undefined);
}

/** Lines that name the attributes deciding binary-ness: `-diff`, `!diff`, `diff=<driver>`, `binary`, or a macro (`[attr]`). */
function canHideText(file: string): boolean {
  // existsSync first: a failed read throws, and building that error costs more than the check (hook path).
  if (!existsSync(file)) return false;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return false;
  }
  return text.split('\n').some((l) => {
    const line = l.trim();
    return line !== '' && !line.startsWith('#') && /(?:^|\s)(?:[-!]?diff\b|binary\b|\[attr\])/.test(line);
  });
}

/**
 * The repository's git directory and its common directory (where `info/` and
 * the objects live for a linked worktree), found the way git finds them
 * (a `.git` directory, or a `.git` file naming one) without spawning git.
 * `ours` when this user owns it: an explicit GIT_DIR skips git's
 * safe.directory ownership check, so it is set only where that check passes.
 */
function gitDirs(root: string): { gitDir: string; commonDir: string; ours: boolean; worktreeInConfig: boolean } | undefined {
  if (process.env.GIT_WORK_TREE || process.env.GIT_COMMON_DIR) return undefined;
  try {
    const dotGit = process.env.GIT_DIR ? resolve(process.env.GIT_DIR) : enclosingDotGit(root);
    if (!dotGit) return undefined;
    let gitDir = dotGit;
    let st = statSync(gitDir);
    if (st.isFile()) {
      const named = /^gitdir: (.+)$/m.exec(readFileSync(gitDir, 'utf8'))?.[1];
      if (!named) return undefined;
      gitDir = resolve(dirname(dotGit), named.trim());
      st = statSync(gitDir);
    }
    if (!st.isDirectory()) return undefined;
    const commondir = join(gitDir, 'commondir');
    // Present only in a linked worktree's git directory.
    const commonDir = existsSync(commondir) ? resolve(gitDir, readFileSync(commondir, 'utf8').trim()) : gitDir;
    const uid = process.getuid?.();
    const ours = uid === undefined || (st.uid === uid && (commonDir === gitDir || statSync(commonDir).uid === uid));
    // core.worktree is how a submodule's git directory (reached through a .git file) names its work tree;
    // in a plain .git directory it is not looked for (a file read on every hook, for a set-up almost nobody has).
    const named = dotGit !== gitDir || !!process.env.GIT_DIR;
    return { gitDir, commonDir, ours, worktreeInConfig: named && [join(commonDir, 'config'), join(gitDir, 'config.worktree')].some(namesWorktree) };
  } catch {
    return undefined;
  }
}

/** Whether a git config file sets `worktree` (core.worktree; a rough look, erring towards yes). */
function namesWorktree(file: string): boolean {
  if (!existsSync(file)) return false;
  try {
    return /^[ \t]*worktree[ \t]*=/im.test(readFileSync(file, 'utf8'));
  } catch {
    return false;
  }
}

/**
 * `<dir>/.git` of the nearest directory from `dir` up that has one (the
 * dispatcher starts in any subdirectory); none past a directory that is
 * itself a git directory (a bare repository), where git's own search stops.
 */
function enclosingDotGit(dir: string): string | undefined {
  for (let d = resolve(dir); ; d = dirname(d)) {
    const candidate = join(d, '.git');
    if (existsSync(candidate)) return candidate;
    if (existsSync(join(d, 'HEAD')) && existsSync(join(d, 'objects'))) return undefined;
    if (dirname(d) === d) return undefined;
  }
}

/** The environment for a git process that reads no attributes (see attributeFreeGit). */
export function withoutAttributes(env: NodeJS.ProcessEnv, free: AttributeFreeGit): NodeJS.ProcessEnv {
  const out = { ...env, ...free.env };
  for (const k of free.unset) delete out[k];
  return out;
}

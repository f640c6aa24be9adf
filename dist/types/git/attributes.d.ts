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
export declare function attributeFreeGit(root: string): AttributeFreeGit;
/**
 * For `treeAttributes` with a GIT_DIR: git run from `empty` (an empty
 * directory), with it as the work tree and an index that does not exist, finds
 * no `.gitattributes` anywhere. (git reads them relative to its working
 * directory, and falls back to the index's.) For commands that need neither
 * the work tree nor the index, such as `git log`.
 */
export declare function emptyTreeEnv(free: AttributeFreeGit, empty: string): AttributeFreeGit;
/** Whether `git log` can be kept from the tree's attributes by running it from an empty work tree. */
export declare function emptyTreeHelps(free: AttributeFreeGit): boolean;
/**
 * What a history reader's git still reads that can make a text file binary (a file to name in the
 * report), or undefined: `info/attributes`, or the tree's `.gitattributes` where neither a bare
 * repository nor an empty work tree could be used.
 */
export declare function attributesLogStillReads(free: AttributeFreeGit): string | undefined;
/** The environment for a git process that reads no attributes (see attributeFreeGit). */
export declare function withoutAttributes(env: NodeJS.ProcessEnv, free: AttributeFreeGit): NodeJS.ProcessEnv;

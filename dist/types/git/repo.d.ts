/**
 * The top level of the work tree containing `cwd`, or a clear error.
 * Git runs hooks from the top level, so there `.git` sits in `cwd` and we can
 * skip spawning `git rev-parse` (a few milliseconds on every commit), unless
 * GIT_DIR/GIT_WORK_TREE point elsewhere.
 */
export declare function repoRoot(cwd: string, opts?: {
    bare?: boolean;
}): Promise<string>;
/** True when the repository has at least one commit. */
export declare function hasHead(root: string): Promise<boolean>;
/** A path given on the command line (relative to cwd) as a repository path with `/` separators, or a clear error when it is outside. */
export declare function toRootRelative(root: string, cwd: string, p: string): string;

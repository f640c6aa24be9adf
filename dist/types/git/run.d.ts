import { LeakguardError } from '../errors.js';
import { type AttributeFreeGit } from './attributes.js';
/**
 * The only place that spawns git. We call the git binary directly rather than
 * through simple-git or isomorphic-git on the hook's path: simple-git adds
 * ~15 ms of module loading and buffers output as strings (we need raw bytes for
 * file names and non-UTF-8 content), and isomorphic-git reimplements diffing in
 * JavaScript, which is slower than git's own and lacks rename detection with
 * `-M -C` parity. See README "Why not simple-git/isomorphic-git".
 *
 * Environment: user configuration that would change the output format is
 * neutralised per call with `-c` flags by the callers, not here.
 */
export interface GitOptions {
    cwd: string;
    input?: string | Buffer;
    /** Exit codes that are not errors (e.g. `git diff --exit-code` uses 1). */
    okCodes?: number[];
    /** Replaces the environment (for a scratch GIT_DIR); git's own variables are added to it. */
    env?: NodeJS.ProcessEnv;
    /** Stop git and reject with OutputTooLarge past this many bytes of output (the caller has a streaming path). */
    maxOutput?: number;
    /** Run git without attributes, so what it calls binary is binary by content (see attributeFreeGit). */
    attributes?: AttributeFreeGit;
}
/** git's output passed `maxOutput`: the caller should take its streaming path. */
export declare class OutputTooLarge extends LeakguardError {
}
/** Starts a git call whose output a later `git()` with the same arguments takes. */
export declare function prefetch(args: string[], opts: GitOptions): void;
export declare function git(args: string[], opts: GitOptions): Promise<Buffer>;
export declare class GitError extends LeakguardError {
    readonly stderr: string;
    readonly code: number;
    constructor(args: string[], code: number, stderr: string);
}
/** Keep git from paging, prompting or localising the messages we parse. */
export declare function gitEnv(base?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;

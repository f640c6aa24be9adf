export interface AddedLine {
    /** 1-based line number in the new version of the file. */
    line: number;
    text: string;
}
export interface FileDiff {
    /** Path of the new version, repository-relative. */
    path: string;
    /** Set for renames and copies. */
    oldPath?: string;
    binary: boolean;
    /** The new blob's id, where the patch says it (history scans read archives by it). */
    newSha?: string;
    /** The new version is a symbolic link (mode 120000). */
    symlink?: boolean;
    added: AddedLine[];
    /** Total bytes of added text, for size limits. */
    addedBytes: number;
}
/**
 * Flags that make git's output independent of the user's configuration, which
 * could otherwise add colour, drop the a/ b/ prefixes, make paths relative to
 * the current directory, run an external diff or text conversion, or merge
 * hunks with context lines (`diff.interHunkContext`).
 */
export declare const STABLE_DIFF_FLAGS: string[];
/**
 * The staged changes (index against HEAD, or against the empty tree before the
 * first commit — git handles that itself) as added lines per file.
 *
 * One git call returns both parts we need: `--numstat -z` gives exact file names
 * (NUL-separated, no quoting to undo, newlines and all) and which files are
 * binary; `-p -U0` gives the added lines with their new line numbers. Both list
 * the file pairs in the same order, so the n-th patch belongs to the n-th record.
 * Deletions are filtered out (`--diff-filter=d`): removing a secret is never a leak.
 * Renames and copies are detected (-M -C) so moving a file with an old secret
 * does not report it again; only lines the commit adds are scanned.
 */
export declare function stagedDiff(root: string, paths?: string[], maxOutput?: number, bigFile?: number, asText?: boolean, attributes?: import("./attributes.js").AttributeFreeGit): Promise<FileDiff[]>;
/**
 * Past PATCH_LIMIT of patch text the staged change is not read as one patch, and
 * files over BIG_FILE are not diffed at all (git would load each one whole, and
 * so would we; core.bigFileThreshold makes git show them as binary): they are
 * streamed from their blob and scanned whole, in overlapping pieces, up to the
 * size cap. The hook's usual change is kilobytes, so the fast path (one git
 * call) is what it takes.
 */
export declare const PATCH_LIMIT: number;
export declare const BIG_FILE: number;
/** `asText`: diff every file as text (`-a`), for the ones an attribute made binary (see stagedSource). */
export declare function stagedDiffArgs(paths?: string[], bigFile?: number, asText?: boolean): string[];
/**
 * Starts the staged diff of a plain `scan --staged` (no paths) while the
 * dispatcher is still loading the scan bundle, config and rules (~50 ms that
 * git's ~20 ms then hides under). Whole-repository output does not depend on
 * the directory it runs in (--no-relative), so `stagedDiff` takes it up if its
 * arguments match; if anything went wrong it runs git itself.
 */
export declare function prefetchStagedDiff(cwd: string): void;
export interface StagedBlob {
    path: string;
    sha: string;
    size: number;
}
/**
 * The staged blob and size of each path, in one `git cat-file --batch-check`
 * that names index entries (`:<path>`): the hook's way to tell a binary from a
 * large text or an archive, one spawn instead of `stagedBlobs`' two. A path
 * holding a newline cannot be named on a line: those take `stagedBlobs`.
 */
export declare function indexBlobSizes(root: string, paths: string[]): Promise<StagedBlob[]>;
/**
 * What is staged, as blobs with their sizes, without reading any content:
 * `git diff --cached --raw -z` names each file's new blob, `git cat-file
 * --batch-check` says how big it is. The slow path for a change too large to
 * hold as one patch.
 */
export declare function stagedBlobs(root: string, paths?: string[]): Promise<StagedBlob[]>;
export declare function parseNumstatPatch(out: Buffer): FileDiff[];

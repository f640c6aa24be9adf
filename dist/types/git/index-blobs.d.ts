/**
 * The staged (index) content of the given paths: `git ls-files -s -z` gives
 * each path's blob id, and one `git cat-file --batch` reads them by id, so
 * no path (with spaces, newlines or anything else) is ever put on a line.
 */
export declare function readIndexBlobs(root: string, paths: string[]): Promise<Map<string, Buffer>>;
/** The staged content of the files that match git pathspecs (globs), kept when `keep` says so: one `ls-files`, one `cat-file`. */
export declare function readIndexMatching(root: string, pathspecs: string[], keep?: (path: string) => boolean): Promise<Map<string, Buffer>>;
/**
 * A commit's tree: every blob's path and id, from one `ls-tree` (which takes no glob pathspecs, so callers
 * filter the listing), or undefined when git cannot tell (an unknown revision, no commit yet).
 */
export declare function treeBlobs(root: string, revision: string): Promise<Map<string, string> | undefined>;
/** The content of a tree's blobs whose path `keep` says to read: one `cat-file`. */
export declare function readTreeMatching(root: string, blobs: ReadonlyMap<string, string>, keep: (path: string) => boolean): Promise<Map<string, Buffer>>;
/**
 * Files by git's names for them (`<commit>:<path>`, or `:<path>` for the index): one `git cat-file --batch`. Git answers in the order
 * asked, a name it cannot resolve (or a path with a newline, which cannot be asked on a line) is left out, and so is
 * anything but a file (a submodule, a folder).
 */
export declare function readRevisionFiles(root: string, names: readonly string[]): Promise<Map<string, Buffer>>;

/**
 * The staged (index) content of the given paths: `git ls-files -s -z` gives
 * each path's blob id, and one `git cat-file --batch` reads them by id, so
 * no path (with spaces, newlines or anything else) is ever put on a line.
 */
export declare function readIndexBlobs(root: string, paths: string[]): Promise<Map<string, Buffer>>;
/** The staged content of the files that match git pathspecs (globs), kept when `keep` says so: one `ls-files`, one `cat-file`. */
export declare function readIndexMatching(root: string, pathspecs: string[], keep?: (path: string) => boolean): Promise<Map<string, Buffer>>;
/**
 * A commit's content of the files `keep` says to read: one `ls-tree` (which takes no glob pathspecs, so the
 * whole tree is listed and filtered here), one `cat-file`.
 */
export declare function readTreeMatching(root: string, revision: string, keep: (path: string) => boolean): Promise<Map<string, Buffer>>;
/** Every path a commit's tree holds (one `ls-tree`), or undefined when git cannot tell (an unknown revision, no commit yet). */
export declare function treePaths(root: string, revision: string): Promise<Set<string> | undefined>;

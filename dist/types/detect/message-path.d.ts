/**
 * Where a finding in a commit or tag message is reported. It stands in the
 * path's place (always with a commit or tag id beside it), so fingerprints,
 * deduplication, baselines and reports treat a message like one more file of
 * the commit; formats that need a real location say "commit message of <sha>".
 */
export declare const COMMIT_MESSAGE = "(commit message)";
export declare const TAG_MESSAGE = "(tag message)";
export declare function isMessagePath(path: string): boolean;

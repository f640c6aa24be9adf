export declare const IGNORE_FILE = ".leakguardignore";
/**
 * `.leakguardignore`: reviewed exceptions, one per line, merge-friendly (lines are independent, so
 * `init` marks the file `merge=union` in .gitattributes and two branches' additions never conflict):
 *
 *     <fingerprint>  # kind=used-in-tests reason="fixture for the signer test" by=dev@acme.io added=2026-12-06 until=2027-03-31
 *
 * Everything after `#` is a comment, so a plain fingerprint, with or without a free comment, keeps
 * working, and versions that predate the fields still read the fingerprint. `leakguard allow` writes
 * the fields; `until` (inclusive) ends the exception: past it the finding blocks again.
 */
export interface AllowEntry {
    fingerprint: string;
    /** 1-based line in the file, for messages. */
    line: number;
    reason?: string;
    kind?: string;
    by?: string;
    added?: string;
    until?: string;
}
/** The fingerprints in force, plus the entries whose `until` has passed (they allow nothing). */
export declare class IgnoreList extends Set<string> {
    readonly list: AllowEntry[];
    readonly expired: Map<string, AllowEntry>;
}
/** Today as YYYY-MM-DD in local time: an exception "until 2027-03-31" holds through that day where the developer is. */
export declare function today(now?: Date): string;
export declare function parseIgnoreFile(text: string, on?: string): IgnoreList;
/** One entry as a line of the file. */
export declare function formatEntry(e: Omit<AllowEntry, 'line'>): string;
/** The text of `.leakguardignore`, or undefined when the repository has none. */
export declare function readIgnoreText(root: string): string | undefined;
/** Fingerprints listed in `.leakguardignore`, the expired ones set apart. */
export declare function loadIgnoreFile(root: string): Promise<IgnoreList>;
/** The file with `entry` recorded: replacing the line of the same fingerprint, else appended; line endings kept. */
export declare function withEntry(text: string | undefined, entry: Omit<AllowEntry, 'line'>): {
    text: string;
    replaced: boolean;
};

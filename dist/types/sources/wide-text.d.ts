/**
 * UTF-16 text that git calls binary (its NUL high bytes), read from its blob instead of a patch:
 * git shows "Binary files differ", so the added lines are worked out here, by decoding the new and
 * the old version and keeping the new version's lines the old one did not have (as many times as
 * they were added). Such files are rare (Windows tooling), so each is read whole.
 */
export declare function addedLines(now: string, before: string | undefined): {
    text: string;
    lineNumbers: number[];
};
/** True when these first bytes are UTF-16 text (with or without a byte-order mark). */
export declare function isWideText(head: Buffer): boolean;
/** An object (a blob id, or `<rev>:<path>`) decoded as text, or undefined when it is missing or binary. */
export declare function blobText(root: string, object: string): Promise<string | undefined>;

export interface BatchObject {
    sha: string;
    type: string;
    content: Buffer;
}
/**
 * Parses `git cat-file --batch` output: per object a header line
 * `<sha> <type> <size>`, then exactly <size> bytes and a newline; a name git
 * cannot resolve gets `<name> missing` and no body (skipped here).
 */
export declare function catFileBatch(stdout: AsyncIterable<Buffer>, onMissing?: () => void): AsyncGenerator<BatchObject>;
/** The first 8,000 bytes of a blob. */
export declare function blobHead(root: string, sha: string): Promise<Buffer>;
/** The first 8,000 bytes of each of these blobs, by id; one `git cat-file --batch` for all of them. */
export declare function blobHeads(root: string, shas: string[]): Promise<Map<string, Buffer>>;
/**
 * Blob sizes asked one at a time of a single `git cat-file --batch-check`
 * (started on the first question; `close` ends it): for a history scan that
 * meets a binary file now and then, one process instead of one per file.
 */
export declare class BlobSizes {
    private readonly root;
    private child;
    private readonly waiting;
    private rest;
    constructor(root: string);
    size(sha: string): Promise<number>;
    private start;
    close(): void;
}

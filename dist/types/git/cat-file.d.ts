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
export declare function catFileBatch(stdout: AsyncIterable<Buffer>): AsyncGenerator<BatchObject>;

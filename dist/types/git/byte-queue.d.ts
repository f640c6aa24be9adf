/**
 * A FIFO of bytes from a child's stdout, for line-and-length framed streams
 * (`git cat-file --batch`, `git fast-export`). Chunks are joined only when a
 * line or a block actually spans them, so a 100 MB blob arriving in 64 KB
 * pieces is copied once, not once per piece.
 */
export declare class ByteQueue {
    private chunks;
    private head;
    private size;
    get length(): number;
    push(chunk: Buffer): void;
    /** The next line without its LF, or undefined until a whole line is buffered. */
    readLine(): Buffer | undefined;
    /** Exactly n bytes, or undefined until that many are buffered. */
    read(n: number): Buffer | undefined;
    private consume;
}

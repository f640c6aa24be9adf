/** git's own heuristic: a NUL byte in the first 8000 bytes means binary. */
export declare function looksBinary(buf: Buffer): boolean;

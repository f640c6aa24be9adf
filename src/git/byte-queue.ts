/**
 * A FIFO of bytes from a child's stdout, for line-and-length framed streams
 * (`git cat-file --batch`, `git fast-export`). Chunks are joined only when a
 * line or a block actually spans them, so a 100 MB blob arriving in 64 KB
 * pieces is copied once, not once per piece.
 */
export class ByteQueue {
  private chunks: Buffer[] = [];
  private head = 0; // read offset into chunks[0]
  private size = 0;

  get length(): number {
    return this.size;
  }

  push(chunk: Buffer): void {
    if (chunk.length === 0) return;
    this.chunks.push(chunk);
    this.size += chunk.length;
  }

  /** The next line without its LF, or undefined until a whole line is buffered. */
  readLine(): Buffer | undefined {
    const first = this.chunks[0];
    if (!first) return undefined;
    const nl = first.indexOf(0x0a, this.head);
    if (nl !== -1) {
      const line = first.subarray(this.head, nl);
      this.consume(nl + 1 - this.head);
      return line;
    }
    // The line spans chunks: find its end, then take it in one piece.
    let offset = first.length - this.head;
    for (let i = 1; i < this.chunks.length; i++) {
      const at = this.chunks[i]!.indexOf(0x0a);
      if (at !== -1) {
        const line = this.read(offset + at)!;
        this.consume(1);
        return line;
      }
      offset += this.chunks[i]!.length;
    }
    return undefined;
  }

  /** Exactly n bytes, or undefined until that many are buffered. */
  read(n: number): Buffer | undefined {
    if (this.size < n) return undefined;
    const first = this.chunks[0];
    if (first && first.length - this.head >= n) {
      const out = first.subarray(this.head, this.head + n);
      this.consume(n);
      return out;
    }
    const out = Buffer.allocUnsafe(n);
    let filled = 0;
    while (filled < n) {
      const c = this.chunks[0]!;
      const take = Math.min(n - filled, c.length - this.head);
      c.copy(out, filled, this.head, this.head + take);
      filled += take;
      this.consume(take);
    }
    return out;
  }

  private consume(n: number): void {
    this.size -= n;
    this.head += n;
    while (this.chunks.length && this.head >= this.chunks[0]!.length) {
      this.head -= this.chunks[0]!.length;
      this.chunks.shift();
    }
  }
}

/**
 * Byte-level replacement of secret literals. Blob contents and commit messages
 * are bytes (any encoding, possibly binary), so we never decode them: every
 * occurrence of each literal's UTF-8 bytes is replaced, everything else is
 * left byte-identical.
 */
export class SecretReplacer {
  private readonly needles: Buffer[];
  private readonly replacement: Buffer;
  /** Needles replaced at least once, by index: a secret that matched nothing is reported, not silently "purged". */
  private readonly hit: boolean[];

  constructor(secrets: string[], replacement: string) {
    // Longest first, so a secret that contains another is replaced whole.
    this.needles = [...new Set(secrets)].filter((s) => s.length > 0).sort((a, b) => b.length - a.length).map((s) => Buffer.from(s, 'utf8'));
    this.replacement = Buffer.from(replacement, 'utf8');
    this.hit = this.needles.map(() => false);
  }

  /** The secrets that no replace() call found. */
  unmatched(): string[] {
    return this.needles.filter((_, i) => !this.hit[i]).map((n) => n.toString('utf8'));
  }

  get empty(): boolean {
    return this.needles.length === 0;
  }

  contains(buf: Buffer): boolean {
    return this.needles.some((n) => buf.indexOf(n) !== -1);
  }

  /** Returns the replaced buffer and how many occurrences were replaced. */
  replace(buf: Buffer): { out: Buffer; count: number } {
    let out = buf;
    let count = 0;
    for (const [i, n] of this.needles.entries()) {
      let at = out.indexOf(n);
      if (at === -1) continue;
      this.hit[i] = true;
      const parts: Buffer[] = [];
      let from = 0;
      while (at !== -1) {
        parts.push(out.subarray(from, at), this.replacement);
        count++;
        from = at + n.length;
        at = out.indexOf(n, from);
      }
      parts.push(out.subarray(from));
      out = Buffer.concat(parts);
    }
    return { out, count };
  }
}

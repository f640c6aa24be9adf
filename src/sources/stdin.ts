import { decodeText } from './binary.js';
import type { SourceItem } from './types.js';

/** Standard input as one file named `(stdin)` (or the name given with --stdin-name). */
export async function* stdinSource(name = '(stdin)', maxBytes = Infinity): AsyncGenerator<SourceItem> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const b of process.stdin as AsyncIterable<Buffer>) {
    size += b.length;
    if (size <= maxBytes) parts.push(b);
  }
  if (size > maxBytes) {
    yield { path: name, skipped: `too large (${size} bytes)`, unscanned: true };
    return;
  }
  const buf = Buffer.concat(parts);
  const text = decodeText(buf);
  if (text === undefined) yield { path: name, skipped: 'binary' };
  else yield { path: name, text };
}

import { OVERLAP, WINDOW } from '../detect/windows.js';
import { textEncoding } from './binary.js';
import type { SourceItem } from './types.js';

/**
 * A large file read as a stream (from disk or from `git cat-file`), yielded
 * as overlapping pieces of text so memory stays bounded whatever its size:
 * each piece repeats the last OVERLAP characters of the one before, more than
 * any rule's longest match, and says which line it starts on.
 */
export async function* streamText(path: string, bytes: AsyncIterable<Buffer>, base: Partial<SourceItem> = {}): AsyncGenerator<SourceItem> {
  let decoder = new TextDecoder('utf-8');
  let carry = '';
  let carryLine = 1;
  let pending = '';
  let first = true;
  let pieces = 0;
  const emit = (text: string): SourceItem => ({ ...base, path, text, firstLine: carryLine, ...(pieces++ ? { continuation: true } : {}) });
  for await (const buf of bytes) {
    if (first) {
      first = false;
      const encoding = textEncoding(buf);
      if (encoding === undefined) {
        yield { ...base, path, skipped: 'binary' };
        return;
      }
      decoder = new TextDecoder(encoding);
    }
    pending += decoder.decode(buf, { stream: true });
    if (pending.length < WINDOW) continue;
    const text = carry + pending;
    pending = '';
    yield emit(text);
    const cut = Math.max(0, text.length - OVERLAP);
    for (let i = text.indexOf('\n'); i !== -1 && i < cut; i = text.indexOf('\n', i + 1)) carryLine++;
    carry = text.slice(cut);
  }
  pending += decoder.decode();
  if (pending || first) yield emit(carry + pending);
}

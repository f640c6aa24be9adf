import type { Chunk } from './types.js';

/**
 * Large texts are scanned in windows, so no single regex pass (and no line
 * index) spans a whole minified bundle or a 50 MB dump. Windows overlap by more
 * than the longest match any rule can make (a PEM key header and the start of
 * its body, a 12 KB JWT): a secret cut by one window's end is whole in the
 * next one. Findings seen twice in an overlap are merged by the pipeline.
 */
export const WINDOW = 4 * 1024 * 1024;
export const OVERLAP = 64 * 1024;

function newlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

export function* windows(chunk: Chunk, size = WINDOW, overlap = OVERLAP): Generator<Chunk> {
  const { text } = chunk;
  if (text.length <= size) {
    yield chunk;
    return;
  }
  let start = 0;
  let line = 0; // index of the line `start` falls in
  for (;;) {
    let end = Math.min(text.length, start + size);
    // End at a line break when there is one in the second half, so most windows hold whole lines.
    if (end < text.length) {
      const nl = text.lastIndexOf('\n', end - 1);
      if (nl > start + size / 2) end = nl + 1;
    }
    const piece = text.slice(start, end);
    const lines = newlines(text, start, end) + 1;
    yield {
      ...chunk,
      text: piece,
      ...(chunk.lineNumbers ? { lineNumbers: chunk.lineNumbers.slice(line, line + lines) } : { firstLine: (chunk.firstLine ?? 1) + line }),
    };
    if (end >= text.length) return;
    const next = Math.max(start + 1, end - overlap);
    line += newlines(text, start, next);
    start = next;
  }
}

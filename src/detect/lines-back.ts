/**
 * Walking up from a value to what encloses it (a comment's opener, a config section's header). A scan sees
 * either a whole file or the lines a change added, with their line numbers in the file; a walk that crossed
 * a gap between added lines would read a header that may not enclose the value, so it stops there and the
 * caller claims nothing.
 */

/** How far back an enclosing line is looked for: a sample response, a docstring or a config section runs to a few dozen lines. */
const MAX_LINES_BACK = 120;

export interface Place {
  path: string;
  text: string;
  /** Offset of the value in `text`. */
  at: number;
  /** Line numbers of `text`'s lines in the file when `text` is a file's added lines only. */
  lineNumbers?: readonly number[];
  /** Index of the value's line in `text`. */
  lineIndex: number;
}

/**
 * The lines of `text` from the value's line back towards the start, as long as they are consecutive in the
 * file: the value's own line first, cut at the value.
 */
export function* linesBack(p: Place): Generator<string> {
  let end = p.at;
  let index = p.lineIndex;
  for (let n = 0; n <= MAX_LINES_BACK; n++) {
    const start = p.text.lastIndexOf('\n', end - 1) + 1;
    // A CRLF file's lines end in a carriage return, which no caller's `$` expects.
    yield p.text.charCodeAt(end - 1) === 13 ? p.text.slice(start, end - 1) : p.text.slice(start, end);
    if (start === 0) return;
    const numbers = p.lineNumbers;
    if (numbers && numbers[index - 1] !== (numbers[index] ?? 0) - 1) return;
    index--;
    end = start - 1;
  }
}


/**
 * Walking up from a value to what encloses it (a comment's opener, a config section's header). A scan sees
 * either a whole file or the lines a change added, with their line numbers in the file; a walk that crossed
 * a gap between added lines would read a header that may not enclose the value, so it stops there and the
 * caller claims nothing.
 */
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
export declare function linesBack(p: Place): Generator<string>;

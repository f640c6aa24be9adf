import type { Chunk } from './types.js';
/**
 * Large texts are scanned in windows, so no single regex pass (and no line
 * index) spans a whole minified bundle or a 50 MB dump. Windows overlap by more
 * than the longest match any rule can make (a PEM key header and the start of
 * its body, a 12 KB JWT): a secret cut by one window's end is whole in the
 * next one. Findings seen twice in an overlap are merged by the pipeline.
 */
export declare const WINDOW: number;
export declare const OVERLAP: number;
export declare function windows(chunk: Chunk, size?: number, overlap?: number): Generator<Chunk>;

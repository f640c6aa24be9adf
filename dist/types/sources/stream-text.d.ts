import type { SourceItem } from './types.js';
/**
 * A large file read as a stream (from disk or from `git cat-file`), yielded
 * as overlapping pieces of text so memory stays bounded whatever its size:
 * each piece repeats the last OVERLAP characters of the one before, more than
 * any rule's longest match, and says which line it starts on.
 */
export declare function streamText(path: string, bytes: AsyncIterable<Buffer>, base?: Partial<SourceItem>): AsyncGenerator<SourceItem>;

import type { SourceItem } from './types.js';
export declare const MAX_DEPTH = 2;
export declare function isArchivePath(path: string): boolean;
/**
 * The items an archive holds: text entries to scan, and a skipped line for
 * whatever could not be opened. `limit` bounds the bytes unpacked in all.
 */
export declare function expandArchive(path: string, data: Uint8Array, limit: number, base?: Partial<SourceItem>): SourceItem[];

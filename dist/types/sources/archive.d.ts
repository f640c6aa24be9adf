import type { SourceItem } from './types.js';
export declare const MAX_DEPTH = 2;
export declare function isArchivePath(path: string): boolean;
/**
 * The items an archive holds: text entries to scan, and a skipped line for
 * whatever could not be opened. `limit` bounds the bytes unpacked in all.
 */
export declare function expandArchive(path: string, data: Uint8Array, limit: number, base?: Partial<SourceItem>): SourceItem[];
/**
 * Why an archive could not be opened. A reader missing from node_modules (an install cut short, a copy of
 * dist/ without its dependencies) is said as that, with the way out, not as the archive's fault.
 */
export declare function unreadableArchive(e: unknown): string;
/** Whether a skipped file's reason is a reader missing from this install (the way out is to reinstall, not to fix the file). */
export declare function readerMissing(reason: string): boolean;

import { formatBytes } from './format.js';
import type { SourceItem } from './types.js';
/**
 * The staged changes: exactly what the next commit adds, read from the index
 * (never the working tree, so partial staging with `git add -p` is honoured).
 * Only added lines are scanned by default, so an old secret elsewhere in a
 * file does not block an unrelated commit.
 */
export declare function stagedSource(root: string, maxBytes: number, paths?: string[], fullFiles?: boolean, patchLimit?: number, onAdded?: (bytes: number) => void): AsyncGenerator<SourceItem>;
export { formatBytes };

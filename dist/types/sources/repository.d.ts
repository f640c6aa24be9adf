import { type TextFile } from './compose-files.js';
/**
 * What evidence across files reads from the repository beyond the scanned texts, asked only when a finding
 * blocks that such evidence could demote (cross-file-evidence.ts).
 */
export interface RepositoryReader {
    /** Every tracked compose file's text. */
    composeFiles(): Promise<TextFile[]>;
    /** The tracked files holding a name, or undefined when git cannot tell. */
    filesNaming(name: string): Promise<string[] | undefined>;
    /** For findings of commits (a history, a push): the repository as one commit has it. */
    atCommit?(commit: string): RepositoryReader;
    /** The paths this tree tracks, or undefined when git cannot tell (a revision's reader only). */
    trackedPaths?(): Promise<{
        has(path: string): boolean;
    } | undefined>;
}
/**
 * The repository as the scan sees it: the index for a commit being made, the working tree, or, for findings
 * of commits (a history scan, a push), HEAD's tree and each finding's own commit's.
 */
export declare function repositoryReader(root: string, target: 'index' | 'tree' | 'commits'): RepositoryReader;

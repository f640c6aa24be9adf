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
    /**
     * Whole text files as the scan's source has them (the index, or each finding's commit), under `wholeFileKey`; what
     * cannot be read is left out. Not for the working tree, whose files are scanned whole already.
     */
    wholeFiles?(wanted: readonly {
        commit?: string;
        file: string;
    }[]): Promise<Map<string, string>>;
}
/** The key `wholeFiles` answers under: git's name for the file in the index (`:<path>`) or in a commit (`<commit>:<path>`). */
export declare const wholeFileKey: (f: {
    commit?: string;
    file: string;
}) => string;
/**
 * The repository as the scan sees it: the index for a commit being made, the working tree, or, for findings
 * of commits (a history scan, a push), HEAD's tree and each finding's own commit's.
 */
export declare function repositoryReader(root: string, target: 'index' | 'tree' | 'commits'): RepositoryReader;

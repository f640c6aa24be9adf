/** Where to look: the index (a commit being made), the working tree's tracked files, or a commit's tree (a history scan, a push). */
export type GrepTarget = 'index' | 'tree' | {
    revision: string;
};
/**
 * The tracked files whose text holds `needle` (a fixed string, case as given), or undefined when git cannot
 * tell (no commit yet for HEAD, an unknown revision, a bare repository without an index, too many files). Binary files are skipped.
 */
export declare function filesHolding(root: string, needle: string, target: GrepTarget): Promise<string[] | undefined>;

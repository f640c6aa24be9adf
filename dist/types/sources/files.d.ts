import type { SourceItem } from './types.js';
/**
 * Files and directories on disk. In a git repository the file list comes from
 * git (tracked plus untracked-but-not-ignored), so `.gitignore` is honoured and
 * `node_modules` or build output are not scanned unless tracked; with `--no-git`
 * directories are walked, skipping `.git` and `node_modules`.
 */
export declare function filesSource(base: string, targets: string[], opts: {
    useGit: boolean;
    maxBytes: number;
}): AsyncGenerator<SourceItem>;

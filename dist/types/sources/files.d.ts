import type { SourceItem } from './types.js';
/**
 * Files and directories on disk. In a git repository the file list comes from
 * git (tracked plus untracked-but-not-ignored), so `.gitignore` is honoured and
 * build output is not scanned unless tracked; with `--no-git` directories are
 * walked, skipping `.git`. Dependency folders (`node_modules`, `vendor`, `.venv`…)
 * are skipped unless tracked or named, and listed as skipped.
 */
export declare function filesSource(base: string, targets: string[], opts: {
    useGit: boolean;
    maxBytes: number;
}): AsyncGenerator<SourceItem>;

/**
 * leakguard's shared lists (.leakguardignore, the baseline) are written one entry per line with no
 * line depending on its neighbours, so git's built-in `union` merge driver joins two branches' additions
 * instead of stopping on a conflict: two developers each allowing a finding, or each baselining one,
 * merge cleanly. Only paths with no merge attribute yet (git itself answers, so a user's own
 * setting, in any attributes file, wins). Returns what it added, to be said.
 */
export declare function markUnionMerge(root: string, files: string[]): Promise<string | undefined>;

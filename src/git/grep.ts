import { git } from './run.js';

/** Where to look: the index (a commit being made), the working tree's tracked files, or a commit's tree (a history scan, a push). */
export type GrepTarget = 'index' | 'tree' | { revision: string };

/** More files than this name it: a name that common says nothing about one file. */
const MAX_LISTED = 64 * 1024;

/**
 * The tracked files whose text holds `needle` (a fixed string, case as given), or undefined when git cannot
 * tell (no commit yet for HEAD, an unknown revision, a bare repository without an index, too many files). Binary files are skipped.
 */
export async function filesHolding(root: string, needle: string, target: GrepTarget): Promise<string[] | undefined> {
  const where = target === 'index' ? ['--cached'] : [];
  const rev = typeof target === 'object' ? [target.revision] : [];
  try {
    const out = await git(['-c', 'grep.fallbackToNoIndex=false', 'grep', '-l', '-z', '-I', '-F', '--no-color', ...where, '-e', needle, ...rev, '--'], { cwd: root, okCodes: [1], maxOutput: MAX_LISTED });
    // With a revision, git prefixes each path with it (`HEAD:src/a.go`).
    const prefix = rev.length ? `${rev[0]}:` : undefined;
    return out.toString('utf8').split('\0').filter(Boolean).map((p) => (prefix && p.startsWith(prefix) ? p.slice(prefix.length) : p));
  } catch {
    // Too many files (OutputTooLarge), or nothing to search: no evidence, so the finding keeps its verdict.
    return undefined;
  }
}

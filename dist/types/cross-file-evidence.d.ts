import type { Scanner } from './detect/engine.js';
import type { Finding } from './detect/types.js';
import { LocalStackCredentials } from './detect/local-stack-credentials.js';
import { type RepositoryReader } from './sources/repository.js';
/**
 * Evidence that one file cannot give, weighed after the per-file verdicts (detect/verdict-table.ts) and only for
 * blocking findings of shape rules: a value a local stack's compose file gives a container, and a file only
 * the test suite names. Costs nothing when no such finding blocks (every clean commit); otherwise, with a
 * repository to read, one `git ls-files` and one `git cat-file` for compose files and one `git grep` per file name, run side by side.
 * Findings of commits (a history, a push) are weighed against HEAD's tree, then those still blocking whose file HEAD
 * does not have against their own commit's: a fixture and the test that loads it, deleted since, or a file only on a
 * pushed branch other than HEAD.
 */
export declare function weighAcrossFiles(findings: Finding[], stack: LocalStackCredentials, scanner: Scanner, repo?: RepositoryReader): Promise<void>;

import { git } from '../git/run.js';
import { matchFileRule } from '../rules/index.js';

/** Sensitive files (.env, keys, keystores…) that git tracks right now. */
export async function trackedSensitiveFiles(root: string): Promise<string[]> {
  const out = await git(['ls-files', '-z'], { cwd: root });
  return out.toString('utf8').split('\0').filter((p) => p && matchFileRule(p));
}

/** Sensitive files that were ever added in any commit of any branch or tag (names only: fast). */
export async function sensitiveFilesInHistory(root: string): Promise<string[]> {
  const out = await git(['-c', 'core.quotePath=false', 'log', '--all', '--diff-filter=A', '--name-only', '-z', '--format='], { cwd: root, okCodes: [128] });
  const names = new Set(out.toString('utf8').split('\0').map((s) => s.replace(/^\n+/, '')).filter((p) => p && matchFileRule(p)));
  return [...names].sort();
}

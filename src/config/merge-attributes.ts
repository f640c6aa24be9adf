import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeFsError, LeakguardError } from '../errors.js';
import { git } from '../git/run.js';
import { appendLines, readText } from '../text-file.js';

/**
 * leakguard's shared lists (.leakguardignore, the baseline) are written one entry per line with no
 * line depending on its neighbours, so git's built-in `union` merge driver joins two branches' additions
 * instead of stopping on a conflict: two developers each allowing a finding, or each baselining one,
 * merge cleanly. Only paths with no merge attribute yet (git itself answers, so a user's own
 * setting, in any attributes file, wins). Returns what it added, to be said.
 */
export async function markUnionMerge(root: string, files: string[]): Promise<string | undefined> {
  const out = await git(['check-attr', '-z', 'merge', '--', ...files], { cwd: root });
  const fields = out.toString('utf8').split('\0');
  const missing: string[] = [];
  for (let i = 0; i + 2 < fields.length; i += 3) if (fields[i + 2] === 'unspecified') missing.push(fields[i]!);
  if (!missing.length) return undefined;
  const path = join(root, '.gitattributes');
  const lines = missing.map((f) => `/${f} merge=union`);
  try {
    writeFileSync(path, appendLines(readText(path), lines));
  } catch (e) {
    throw new LeakguardError(`cannot write ${path}: ${describeFsError(e as NodeJS.ErrnoException)}`);
  }
  return `.gitattributes: added ${lines.join(', ')} (git merges ${missing.join(' and ')} line by line)`;
}

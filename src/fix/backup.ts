import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LeakguardError } from '../errors.js';
import { git } from '../git/run.js';
import { setIndexEntry, type IndexEntry } from '../git/index-write.js';

/**
 * What `leakguard fix` changed, as it was, so `--undo` puts it back exactly: each file's bytes and mode
 * (or that it did not exist) and each index entry (or that there was none). Kept in the git directory,
 * never the working tree, private to the user (directory 0700, file 0600): it holds the secrets fix
 * moved, as the files did. Removed after a successful undo.
 */
export interface FixBackup {
  version: 1;
  files: { path: string; content: string | null; mode?: number }[];
  index: { path: string; entry: IndexEntry | null }[];
}

export async function backupPath(root: string): Promise<string> {
  const p = (await git(['rev-parse', '--path-format=absolute', '--git-path', 'leakguard/fix-backup.json'], { cwd: root })).toString('utf8').trim();
  return p;
}

export function snapshotFile(root: string, path: string): FixBackup['files'][number] {
  const abs = join(root, path);
  if (!existsSync(abs)) return { path, content: null };
  return { path, content: readFileSync(abs).toString('base64'), mode: statSync(abs).mode & 0o777 };
}

export function writeBackup(file: string, backup: FixBackup): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  chmodSync(dirname(file), 0o700);
  writeFileSync(file, JSON.stringify(backup), { mode: 0o600 });
  chmodSync(file, 0o600);
}

/** Restores what the last fix changed; returns the paths restored. */
export async function undoFix(root: string): Promise<string[]> {
  const file = await backupPath(root);
  if (!existsSync(file)) throw new LeakguardError('fix --undo: there is no fix to undo (none was made, or it was already undone)');
  const backup = JSON.parse(readFileSync(file, 'utf8')) as FixBackup;
  for (const f of backup.files) {
    const abs = join(root, f.path);
    if (f.content === null) {
      if (existsSync(abs)) unlinkSync(abs);
      continue;
    }
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, Buffer.from(f.content, 'base64'));
    if (f.mode !== undefined) chmodSync(abs, f.mode);
  }
  for (const i of backup.index) await setIndexEntry(root, i.path, i.entry ?? undefined);
  rmSync(file, { force: true });
  return [...new Set([...backup.files.map((f) => f.path), ...backup.index.map((i) => i.path)])];
}

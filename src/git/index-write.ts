import { git } from './run.js';

/** A path's stage-0 index entry, or undefined when the index does not have it. */
export interface IndexEntry {
  mode: string;
  sha: string;
}

export async function indexEntries(root: string, paths: string[]): Promise<Map<string, IndexEntry>> {
  const out = new Map<string, IndexEntry>();
  if (!paths.length) return out;
  const listed = (await git(['ls-files', '-s', '-z', '--', ...paths.map((p) => `:(literal)${p}`)], { cwd: root })).toString('utf8');
  for (const entry of listed.split('\0').filter(Boolean)) {
    const tab = entry.indexOf('\t');
    const [mode, sha, stage] = entry.slice(0, tab).split(' ');
    if (stage === '0') out.set(entry.slice(tab + 1), { mode: mode!, sha: sha! });
  }
  return out;
}

/**
 * Stages exactly these bytes for a path, keeping its mode, without touching the working tree: the blob
 * is written as is (`--no-filters`: it is already what the index holds, line endings included).
 */
export async function stageContent(root: string, path: string, content: Buffer, mode: string): Promise<void> {
  const sha = (await git(['hash-object', '-w', '--no-filters', '--stdin'], { cwd: root, input: content })).toString('utf8').trim();
  await setIndexEntry(root, path, { mode, sha });
}

/** Puts an entry back (undo), or removes the path from the index when it had none. */
export async function setIndexEntry(root: string, path: string, entry: IndexEntry | undefined): Promise<void> {
  if (entry) await git(['update-index', '--add', '--cacheinfo', `${entry.mode},${entry.sha},${path}`], { cwd: root });
  else await git(['update-index', '--force-remove', '--', path], { cwd: root });
}

import { spawn } from 'node:child_process';
import { catFileBatch } from './cat-file.js';
import { git } from './run.js';

/**
 * The staged (index) content of the given paths: `git ls-files -s -z` gives
 * each path's blob id, and one `git cat-file --batch` reads them by id, so
 * no path (with spaces, newlines or anything else) is ever put on a line.
 */
export async function readIndexBlobs(root: string, paths: string[]): Promise<Map<string, Buffer>> {
  if (!paths.length) return new Map();
  return readIndexMatching(root, paths.map((p) => `:(literal)${p}`));
}

/** The staged content of the files that match git pathspecs (globs), kept when `keep` says so: one `ls-files`, one `cat-file`. */
export async function readIndexMatching(root: string, pathspecs: string[], keep: (path: string) => boolean = () => true): Promise<Map<string, Buffer>> {
  const listed = (await git(['ls-files', '-s', '-z', '--', ...pathspecs], { cwd: root })).toString('utf8');
  const ids = new Map<string, string>(); // blob id → path
  for (const entry of listed.split('\0').filter(Boolean)) {
    const tab = entry.indexOf('\t');
    const [mode, sha, stage] = entry.slice(0, tab).split(' ');
    const path = entry.slice(tab + 1);
    if (stage === '0' && mode !== '160000' && keep(path)) ids.set(sha!, path);
  }
  return readBlobs(root, ids);
}

/**
 * A commit's tree: every blob's path and id, from one `ls-tree` (which takes no glob pathspecs, so callers
 * filter the listing), or undefined when git cannot tell (an unknown revision, no commit yet).
 */
export async function treeBlobs(root: string, revision: string): Promise<Map<string, string> | undefined> {
  let listed: string;
  try {
    listed = (await git(['ls-tree', '-r', '-z', revision], { cwd: root })).toString('utf8');
  } catch {
    return undefined;
  }
  const blobs = new Map<string, string>(); // path → blob id
  for (const entry of listed.split('\0').filter(Boolean)) {
    const tab = entry.indexOf('\t');
    const [, type, sha] = entry.slice(0, tab).split(' ');
    if (type === 'blob') blobs.set(entry.slice(tab + 1), sha!);
  }
  return blobs;
}

/** The content of a tree's blobs whose path `keep` says to read: one `cat-file`. */
export function readTreeMatching(root: string, blobs: ReadonlyMap<string, string>, keep: (path: string) => boolean): Promise<Map<string, Buffer>> {
  const ids = new Map<string, string>(); // blob id → path
  for (const [path, sha] of blobs) if (keep(path)) ids.set(sha, path);
  return readBlobs(root, ids);
}

/** Blobs by id, each under its path: one `git cat-file --batch`. */
async function readBlobs(root: string, ids: Map<string, string>): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  if (!ids.size) return out;
  const child = spawn('git', ['cat-file', '--batch'], { cwd: root, stdio: ['pipe', 'pipe', 'ignore'] });
  child.stdin.end([...ids.keys()].join('\n') + '\n');
  for await (const obj of catFileBatch(child.stdout as AsyncIterable<Buffer>)) out.set(ids.get(obj.sha)!, obj.content);
  return out;
}

/**
 * Files by git's names for them (`<commit>:<path>`, or `:<path>` for the index): one `git cat-file --batch`. Git answers in the order
 * asked, a name it cannot resolve (or a path with a newline, which cannot be asked on a line) is left out, and so is
 * anything but a file (a submodule, a folder).
 */
export async function readRevisionFiles(root: string, names: readonly string[]): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  const asked = names.filter((n) => !n.includes('\n'));
  if (!asked.length) return out;
  const child = spawn('git', ['cat-file', '--batch'], { cwd: root, stdio: ['pipe', 'pipe', 'ignore'] });
  child.stdin.end(asked.join('\n') + '\n');
  let next = 0;
  for await (const obj of catFileBatch(child.stdout as AsyncIterable<Buffer>, () => next++)) {
    const name = asked[next++]!;
    if (obj.type === 'blob') out.set(name, obj.content);
  }
  return out;
}

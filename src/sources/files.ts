import { open, readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { LeakguardError } from '../errors.js';
import { git } from '../git/run.js';
import { looksBinary } from './binary.js';
import { formatBytes } from './staged.js';
import type { SourceItem } from './types.js';


/**
 * Files and directories on disk. In a git repository the file list comes from
 * git (tracked plus untracked-but-not-ignored), so `.gitignore` is honoured and
 * `node_modules` or build output are not scanned unless tracked; with `--no-git`
 * directories are walked, skipping `.git` and `node_modules`.
 */
export async function* filesSource(base: string, targets: string[], opts: { useGit: boolean; maxBytes: number }): AsyncGenerator<SourceItem> {
  const files = opts.useGit ? await gitListedFiles(base, targets) : await walkAll(base, targets);
  // Keep a few reads in flight while the scanner works on the current file:
  // file I/O, not matching, is what bounds a cold tree scan.
  const inFlight: Promise<SourceItem>[] = [];
  let next = 0;
  while (next < files.length || inFlight.length) {
    while (inFlight.length < READ_AHEAD && next < files.length) inFlight.push(readItem(base, files[next++]!, opts.maxBytes));
    yield await inFlight.shift()!;
  }
}

const READ_AHEAD = 16;

async function gitListedFiles(root: string, targets: string[]): Promise<string[]> {
  const out = await git(['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate', '--', ...targets], { cwd: root });
  const names = out.toString('utf8').split('\0').filter(Boolean);
  return [...new Set(names)];
}

async function walkAll(base: string, targets: string[]): Promise<string[]> {
  const out: string[] = [];
  const visit = async (abs: string): Promise<void> => {
    let st;
    try {
      st = await stat(abs);
    } catch (e) {
      throw new LeakguardError(`cannot read ${abs}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    if (st.isDirectory()) {
      const entries = await readdir(abs, { withFileTypes: true });
      entries.sort((a, b) => (a.name < b.name ? -1 : 1));
      for (const e of entries) {
        if (e.isDirectory() && (e.name === '.git' || e.name === 'node_modules')) continue;
        if (e.isSymbolicLink()) continue;
        await visit(join(abs, e.name));
      }
    } else if (st.isFile()) {
      out.push(relative(base, abs).split(sep).join('/') || abs);
    }
  };
  for (const t of targets.length ? targets : ['.']) await visit(resolve(base, t));
  return out;
}

async function readItem(base: string, rel: string, maxBytes: number): Promise<SourceItem> {
  const abs = join(base, rel);
  let fh;
  try {
    fh = await open(abs, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // Tracked but deleted in the work tree, or a dangling symlink: nothing to scan.
    if (code === 'ENOENT') return { path: rel, skipped: 'missing from the working tree' };
    return { path: rel, skipped: `unreadable (${code ?? (e as Error).message})` };
  }
  try {
    const st = await fh.stat();
    if (!st.isFile()) return { path: rel, skipped: 'not a regular file' };
    if (st.size > maxBytes) return { path: rel, skipped: `too large (${formatBytes(st.size)}; limit ${formatBytes(maxBytes)})` };
    const buf = await fh.readFile();
    if (looksBinary(buf)) return { path: rel, skipped: 'binary' };
    return { path: rel, text: buf.toString('utf8') };
  } catch (e) {
    return { path: rel, skipped: `unreadable (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  } finally {
    await fh.close();
  }
}

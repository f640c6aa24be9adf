import { constants as fsConstants, createReadStream, promises as fsp } from 'node:fs';
import { WINDOW } from '../detect/windows.js';
import { streamText } from './stream-text.js';
import { expandArchive, isArchivePath } from './archive.js';
import { join, relative, resolve, sep } from 'node:path';
import { LeakguardError } from '../errors.js';
import { git } from '../git/run.js';
import { decodeText, textEncoding } from './binary.js';
import { formatBytes } from './staged.js';
import type { SourceItem } from './types.js';


/**
 * Files and directories on disk. In a git repository the file list comes from
 * git (tracked plus untracked-but-not-ignored), so `.gitignore` is honoured and
 * build output is not scanned unless tracked; with `--no-git` directories are
 * walked, skipping `.git`. Dependency folders (`node_modules`, `vendor`, `.venv`…)
 * are skipped unless tracked or named, and listed as skipped.
 */
export async function* filesSource(base: string, targets: string[], opts: { useGit: boolean; maxBytes: number }): AsyncGenerator<SourceItem> {
  const skippedDirs = new Set<string>();
  const files = opts.useGit ? await gitListedFiles(base, targets, skippedDirs) : await walkAll(base, targets, skippedDirs);
  for (const dir of [...skippedDirs].sort()) yield { path: `${dir}/`, skipped: `dependency folder, not tracked (scan it explicitly: leakguard scan ${dir})` };
  // Keep a few reads in flight while the scanner works on the current file:
  // file I/O, not matching, is what bounds a cold tree scan.
  const inFlight: Promise<SourceItem | LargeFile | ArchiveFile>[] = [];
  let next = 0;
  while (next < files.length || inFlight.length) {
    while (inFlight.length < READ_AHEAD && next < files.length) inFlight.push(readItem(base, files[next++]!, opts.maxBytes));
    const item = await inFlight.shift()!;
    if ('large' in item) yield* streamText(item.path, createReadStream(item.large, { highWaterMark: 1024 * 1024 }));
    else if ('archive' in item) yield* expandArchive(item.path, item.archive, opts.maxBytes);
    else yield item;
  }
}

const READ_AHEAD = 16;

/**
 * Folders package managers fill: installed code nobody in this repository
 * wrote, and gigabytes of it. Skipped (and listed as skipped) when git does not
 * track them, as in a project without a .gitignore yet; tracked (vendored) ones
 * are scanned, and so is one named on the command line.
 */
const DEPENDENCY_DIRS = new Set([
  'node_modules', 'bower_components', 'jspm_packages', '.pnpm-store', '.yarn', 'vendor', '.venv', 'venv', 'site-packages',
  '__pypackages__', '.tox', 'target', '.gradle', '.m2', 'Pods', 'Carthage', '.bundle', 'elm-stuff', '.terraform',
]);

async function gitListedFiles(root: string, targets: string[], skippedDirs: Set<string>): Promise<string[]> {
  const list = async (which: string[]) =>
    (await git(['ls-files', '-z', ...which, '--exclude-standard', '--', ...targets], { cwd: root })).toString('utf8').split('\0').filter(Boolean);
  // git does not descend into an excluded folder, so a large node_modules costs nothing;
  // --directory names the excluded folders themselves, to list them as skipped.
  const named = (dir: string) => targets.some((t) => t === dir || t.startsWith(`${dir}/`) || t.includes(`/${dir}/`) || t.endsWith(`/${dir}`));
  const excluded = [...DEPENDENCY_DIRS].filter((d) => !named(d)).map((d) => `--exclude=${d}/`);
  const [tracked, untracked, deps] = await Promise.all([
    list(['--cached', '--deduplicate']),
    list(['--others', ...excluded]),
    excluded.length
      ? git(['ls-files', '-z', '--others', '--ignored', '--directory', ...excluded, '--', ...targets], { cwd: root }).then((b) => b.toString('utf8').split('\0').filter(Boolean))
      : [],
  ]);
  // Those the project's .gitignore already leaves out are not news.
  if (deps.length) {
    const ignored = await git(['check-ignore', '-z', '--stdin'], { cwd: root, input: deps.join('\0'), okCodes: [1] });
    const gitignored = new Set(ignored.toString('utf8').split('\0').filter(Boolean));
    for (const d of deps) {
      const dir = d.replace(/\/$/, '');
      // git names a folder holding nothing but a dependency folder instead of it; those are left unnamed.
      if (!gitignored.has(d) && DEPENDENCY_DIRS.has(dir.slice(dir.lastIndexOf('/') + 1))) skippedDirs.add(dir);
    }
  }
  return [...new Set([...tracked, ...untracked])];
}

async function walkAll(base: string, targets: string[], skippedDirs: Set<string>): Promise<string[]> {
  const out: string[] = [];
  const visit = async (abs: string): Promise<void> => {
    let st;
    try {
      st = await fsp.stat(abs);
    } catch (e) {
      throw new LeakguardError(`cannot read ${abs}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    if (st.isDirectory()) {
      const entries = await fsp.readdir(abs, { withFileTypes: true });
      entries.sort((a, b) => (a.name < b.name ? -1 : 1));
      for (const e of entries) {
        if (e.isDirectory() && e.name === '.git') continue;
        if (e.isDirectory() && DEPENDENCY_DIRS.has(e.name)) {
          const dir = relative(base, join(abs, e.name)).split(sep).join('/');
          if (!targets.some((t) => t === dir || t.startsWith(`${dir}/`))) {
            skippedDirs.add(dir);
            continue;
          }
        }
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

/** A file too large to read at once: streamed in pieces when its turn comes. */
interface LargeFile {
  path: string;
  large: string;
}

/** An archive, read whole (it is under the size cap) to be opened. */
interface ArchiveFile {
  path: string;
  archive: Buffer;
}

/** Open flags: read-only, and not through a symbolic link where the platform can say so (not Windows). */
const NO_FOLLOW = fsConstants.O_RDONLY | (fsConstants.O_NOFOLLOW ?? 0);

async function readItem(base: string, rel: string, maxBytes: number): Promise<SourceItem | LargeFile | ArchiveFile> {
  const abs = join(base, rel);
  let fh;
  try {
    // A symbolic link is not followed (O_NOFOLLOW: no extra system call for the others): git stores
    // where it points, and the file there, often a gitignored .env, is not what the repository holds.
    fh = await fsp.open(abs, NO_FOLLOW);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { path: rel, text: await fsp.readlink(abs).catch(() => ''), symlink: true };
    // Tracked but deleted in the work tree: nothing to scan.
    if (code === 'ENOENT') return { path: rel, skipped: 'missing from the working tree' };
    return { path: rel, skipped: `unreadable (${code ?? (e as Error).message})`, unscanned: true };
  }
  try {
    const st = await fh.stat();
    if (!st.isFile()) return { path: rel, skipped: 'not a regular file' };
    if (st.size > maxBytes) {
      // Only text over the cap is a blind spot; a large binary is just binary.
      const head = Buffer.alloc(8000);
      const { bytesRead } = await fh.read(head, 0, head.length, 0);
      if (!isArchivePath(rel) && textEncoding(head.subarray(0, bytesRead)) === undefined) return { path: rel, skipped: 'binary' };
      return { path: rel, skipped: `too large (${formatBytes(st.size)}; limit ${formatBytes(maxBytes)})`, unscanned: true };
    }
    if (isArchivePath(rel)) return { path: rel, archive: await fh.readFile() };
    if (st.size > WINDOW) return { path: rel, large: abs };
    const buf = await fh.readFile();
    const text = decodeText(buf);
    if (text === undefined) return { path: rel, skipped: 'binary' };
    return { path: rel, text };
  } catch (e) {
    return { path: rel, skipped: `unreadable (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, unscanned: true };
  } finally {
    await fh.close();
  }
}

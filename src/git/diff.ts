import { attributeFreeGit } from './attributes.js';
import { git, prefetch } from './run.js';

export interface AddedLine {
  /** 1-based line number in the new version of the file. */
  line: number;
  text: string;
}

export interface FileDiff {
  /** Path of the new version, repository-relative. */
  path: string;
  /** Set for renames and copies. */
  oldPath?: string;
  binary: boolean;
  /** The new blob's id, where the patch says it (history scans read archives by it). */
  newSha?: string;
  /** The new version is a symbolic link (mode 120000). */
  symlink?: boolean;
  added: AddedLine[];
  /** Total bytes of added text, for size limits. */
  addedBytes: number;
}

/**
 * Flags that make git's output independent of the user's configuration, which
 * could otherwise add colour, drop the a/ b/ prefixes, make paths relative to
 * the current directory, run an external diff or text conversion, or merge
 * hunks with context lines (`diff.interHunkContext`).
 */
export const STABLE_DIFF_FLAGS = [
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '--no-relative',
  '--src-prefix=a/',
  '--dst-prefix=b/',
  '--inter-hunk-context=0',
];

/**
 * The staged changes (index against HEAD, or against the empty tree before the
 * first commit — git handles that itself) as added lines per file.
 *
 * One git call returns both parts we need: `--numstat -z` gives exact file names
 * (NUL-separated, no quoting to undo, newlines and all) and which files are
 * binary; `-p -U0` gives the added lines with their new line numbers. Both list
 * the file pairs in the same order, so the n-th patch belongs to the n-th record.
 * Deletions are filtered out (`--diff-filter=d`): removing a secret is never a leak.
 * Renames and copies are detected (-M -C) so moving a file with an old secret
 * does not report it again; only lines the commit adds are scanned.
 */
export async function stagedDiff(root: string, paths: string[] = [], maxOutput?: number, bigFile?: number, asText = false, attributes = attributeFreeGit(root)): Promise<FileDiff[]> {
  const out = await git(stagedDiffArgs(paths, bigFile, asText), { cwd: root, attributes, ...(maxOutput !== undefined ? { maxOutput } : {}) });
  return parseNumstatPatch(out);
}

/**
 * Past PATCH_LIMIT of patch text the staged change is not read as one patch, and
 * files over BIG_FILE are not diffed at all (git would load each one whole, and
 * so would we; core.bigFileThreshold makes git show them as binary): they are
 * streamed from their blob and scanned whole, in overlapping pieces, up to the
 * size cap. The hook's usual change is kilobytes, so the fast path (one git
 * call) is what it takes.
 */
export const PATCH_LIMIT = 64 * 1024 * 1024;
export const BIG_FILE = 32 * 1024 * 1024;

/** `asText`: diff every file as text (`-a`), for the ones an attribute made binary (see stagedSource). */
export function stagedDiffArgs(paths: string[] = [], bigFile?: number, asText = false): string[] {
  return [...(bigFile ? ['-c', `core.bigFileThreshold=${bigFile}`] : []), 'diff', '--cached', ...(asText ? ['--text'] : []), ...STABLE_DIFF_FLAGS, '--numstat', '-z', '-p', '-U0', '-M', '-C', '--diff-filter=d', '--ignore-submodules=all', '--', ...paths];
}

/**
 * Starts the staged diff of a plain `scan --staged` (no paths) while the
 * dispatcher is still loading the scan bundle, config and rules (~50 ms that
 * git's ~20 ms then hides under). Whole-repository output does not depend on
 * the directory it runs in (--no-relative), so `stagedDiff` takes it up if its
 * arguments match; if anything went wrong it runs git itself.
 */
export function prefetchStagedDiff(cwd: string): void {
  prefetch(stagedDiffArgs([], BIG_FILE), { cwd, maxOutput: PATCH_LIMIT, attributes: attributeFreeGit(cwd) });
}

export interface StagedBlob {
  path: string;
  sha: string;
  size: number;
}

/**
 * The staged blob and size of each path, in one `git cat-file --batch-check`
 * that names index entries (`:<path>`): the hook's way to tell a binary from a
 * large text or an archive, one spawn instead of `stagedBlobs`' two. A path
 * holding a newline cannot be named on a line: those take `stagedBlobs`.
 */
export async function indexBlobSizes(root: string, paths: string[]): Promise<StagedBlob[]> {
  const plain = paths.filter((p) => !p.includes('\n'));
  const odd = paths.filter((p) => p.includes('\n'));
  const out: StagedBlob[] = odd.length ? await stagedBlobs(root, odd.map((p) => `:(literal)${p}`)) : [];
  if (!plain.length) return out;
  const check = (await git(['cat-file', '--batch-check'], { cwd: root, input: plain.map((p) => `:${p}`).join('\n') + '\n' })).toString('utf8').split('\n');
  plain.forEach((path, i) => {
    const [sha = '', type, size] = (check[i] ?? '').split(' ');
    if (type === 'blob' && size !== undefined) out.push({ path, sha, size: Number(size) });
  });
  return out;
}

/**
 * What is staged, as blobs with their sizes, without reading any content:
 * `git diff --cached --raw -z` names each file's new blob, `git cat-file
 * --batch-check` says how big it is. The slow path for a change too large to
 * hold as one patch.
 */
export async function stagedBlobs(root: string, paths: string[] = []): Promise<StagedBlob[]> {
  const raw = (await git(['diff', '--cached', '--raw', '-z', '--no-abbrev', '-M', '-C', '--diff-filter=d', '--ignore-submodules=all', '--', ...paths], { cwd: root })).toString('utf8');
  // ":<old mode> <new mode> <old sha> <new sha> <status>\0<path>\0" (two paths for renames and copies)
  const fields = raw.split('\0');
  const blobs: { path: string; sha: string }[] = [];
  for (let i = 0; i < fields.length - 1; ) {
    const meta = fields[i]!.slice(1).split(' ');
    const status = meta[4] ?? '';
    const two = status.startsWith('R') || status.startsWith('C');
    const path = fields[i + (two ? 2 : 1)]!;
    i += two ? 3 : 2;
    if (meta[1] === '160000') continue; // submodule link
    blobs.push({ path, sha: meta[3]! });
  }
  if (!blobs.length) return [];
  const sizes = new Map<string, number>();
  const check = (await git(['cat-file', '--batch-check'], { cwd: root, input: blobs.map((b) => b.sha).join('\n') + '\n' })).toString('utf8');
  for (const line of check.split('\n')) {
    const [sha = '', , size] = line.split(' ');
    if (size !== undefined) sizes.set(sha, Number(size));
  }
  return blobs.map((b) => ({ ...b, size: sizes.get(b.sha) ?? 0 }));
}

export function parseNumstatPatch(out: Buffer): FileDiff[] {
  const files: FileDiff[] = [];
  let pos = 0;
  // Part 1: numstat records, terminated by an empty record.
  while (pos < out.length && out[pos] !== 0) {
    const tab1 = out.indexOf(9, pos);
    const tab2 = out.indexOf(9, tab1 + 1);
    if (tab1 < 0 || tab2 < 0) break;
    const binary = out[pos] === 0x2d; // "-\t-\t"
    pos = tab2 + 1;
    if (out[pos] === 0) {
      // Rename or copy: "\0old\0new\0".
      const oldEnd = out.indexOf(0, pos + 1);
      const newEnd = out.indexOf(0, oldEnd + 1);
      files.push({ path: out.toString('utf8', oldEnd + 1, newEnd), oldPath: out.toString('utf8', pos + 1, oldEnd), binary, added: [], addedBytes: 0 });
      pos = newEnd + 1;
    } else {
      const end = out.indexOf(0, pos);
      files.push({ path: out.toString('utf8', pos, end), binary, added: [], addedBytes: 0 });
      pos = end + 1;
    }
  }
  pos++; // the separator between the numstat and patch parts
  if (pos >= out.length) return files;
  parsePatch(out.toString('utf8', pos), files);
  return files;
}

/** A patch header saying the new version is a symbolic link: its mode, or the index line of an unchanged one. */
function isSymlinkHeader(line: string): boolean {
  return line === 'new file mode 120000' || line === 'new mode 120000' || (line.startsWith('index ') && line.endsWith(' 120000'));
}

/**
 * Walks a unified diff (-U0) and records each file's added lines. A hunk's
 * extent comes from its header counts, not from line prefixes, so content
 * lines that happen to start with "diff --git" or "@@" are never misread.
 */
function parsePatch(patch: string, files: FileDiff[]): void {
  let fileIndex = -1;
  let oldLeft = 0;
  let newLeft = 0;
  let newLine = 0;
  let start = 0;
  const n = patch.length;
  while (start < n) {
    let end = patch.indexOf('\n', start);
    if (end < 0) end = n;
    const line = patch.slice(start, end);
    start = end + 1;
    if (oldLeft > 0 || newLeft > 0) {
      const c = line.charCodeAt(0);
      if (c === 43 /* + */) {
        const file = files[fileIndex];
        if (file) {
          file.added.push({ line: newLine, text: line.slice(1) });
          file.addedBytes += line.length;
        }
        newLine++;
        newLeft--;
      } else if (c === 45 /* - */) {
        oldLeft--;
      } else if (c === 92 /* \ No newline at end of file */) {
        // not a content line
      } else {
        // context (possible with diff.interHunkContext, or empty with diff.suppressBlankEmpty)
        newLine++;
        oldLeft--;
        newLeft--;
      }
      continue;
    }
    if (line.startsWith('diff --git ')) {
      fileIndex++;
    } else if (line.startsWith('deleted file mode ')) {
      // With --diff-filter=d nothing is deleted: this is the first half of a type change (a symbolic
      // link replaced by a file, or back), which numstat counts once; the second half adds the lines.
      fileIndex--;
    } else if (isSymlinkHeader(line)) {
      const file = files[fileIndex];
      if (file) file.symlink = true;
    } else if (line.startsWith('@@ ')) {
      const m = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (m) {
        oldLeft = m[1] === undefined ? 1 : Number(m[1]);
        newLine = Number(m[2]);
        newLeft = m[3] === undefined ? 1 : Number(m[3]);
      }
    }
  }
}

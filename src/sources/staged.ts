import { mark } from '../timing.js';
import { spawn } from 'node:child_process';
import { BIG_FILE, PATCH_LIMIT, indexBlobSizes, stagedBlobs, stagedDiff, type FileDiff, type StagedBlob } from '../git/diff.js';
import { OutputTooLarge, git } from '../git/run.js';
import { expandArchive, isArchivePath } from './archive.js';
import { streamText } from './stream-text.js';
import { formatBytes } from './format.js';
import { readIndexBlobs } from '../git/index-blobs.js';
import { attributeFreeGit, type AttributeFreeGit } from '../git/attributes.js';
import { blobHead, blobHeads } from '../git/cat-file.js';
import { BINARY_FORMAT, looksBinary } from './binary.js';
import { addedLines, blobText, isWideText } from './wide-text.js';
import type { SourceItem } from './types.js';

/**
 * The staged changes: exactly what the next commit adds, read from the index
 * (never the working tree, so partial staging with `git add -p` is honoured).
 * Only added lines are scanned by default, so an old secret elsewhere in a
 * file does not block an unrelated commit.
 */
export async function* stagedSource(root: string, maxBytes: number, paths: string[] = [], fullFiles = false, patchLimit = PATCH_LIMIT, onAdded?: (bytes: number) => void): AsyncGenerator<SourceItem> {
  let diffs;
  // git runs without attributes: what it calls binary is binary by content (see attributeFreeGit).
  const attributes = attributeFreeGit(root);
  try {
    diffs = await stagedDiff(root, paths, patchLimit, BIG_FILE, false, attributes);
    mark('diff');
    // How much the scan will read, for a caller that tunes the process to it (the CLI's short run).
    if (!fullFiles && !diffs.some((d) => d.binary)) onAdded?.(diffs.reduce((n, d) => n + d.addedBytes, 0));
  } catch (e) {
    if (!(e instanceof OutputTooLarge)) throw e;
    yield* stagedByBlob(root, maxBytes, paths, fullFiles);
    return;
  }
  // git calls a file binary when it holds a NUL or is over BIG_FILE (the size tells which), or when
  // .git/info/attributes says so, which git reads whatever it is told, or a .gitattributes where git
  // cannot be run without them (a submodule): the content tells then.
  // Archives are opened.
  const binaries = diffs.filter((d) => d.binary);
  const big = new Map<string, StagedBlob>();
  // UTF-16 text git called binary: path → its decoded staged version.
  const wide = new Map<string, string>();
  if (binaries.length) {
    const small: StagedBlob[] = [];
    for (const b of await indexBlobSizes(root, binaries.map((d) => d.path))) {
      if (b.size > BIG_FILE || isArchivePath(b.path)) big.set(b.path, b);
      else small.push(b);
    }
    // Each blob's head is read once, for both questions: text an attribute hid, and UTF-16 (formats
    // binary by design, an image or a font, are not asked the second: a commit adding one spawns nothing).
    const attributed = attributes.localAttributes || attributes.treeAttributes;
    const asked = attributed ? small : small.filter((b) => !BINARY_FORMAT.test(b.path));
    const heads = asked.length ? await blobHeads(root, asked.map((b) => b.sha)) : new Map<string, Buffer>();
    if (attributed) diffs = await unhideText(root, diffs, small, heads, fullFiles, attributes);
    for (const b of asked) {
      const head = heads.get(b.sha);
      const text = head && isWideText(head) ? await blobText(root, b.sha) : undefined;
      if (text !== undefined) wide.set(b.path, text);
    }
  }
  for (const file of diffs) {
    const blob = big.get(file.path);
    if (blob) yield* largeBlob(root, blob, maxBytes);
  }
  const rest = diffs.filter((d) => !big.has(d.path));
  if (fullFiles) {
    // The whole staged version of every changed file, not just its added lines.
    const blobs = await readIndexBlobs(root, rest.filter((d) => !d.binary).map((d) => d.path));
    for (const file of rest) {
      const blob = blobs.get(file.path);
      const text = wide.get(file.path);
      if (text !== undefined) yield linked(file, { path: file.path, text });
      else if (file.binary || (blob && looksBinary(blob))) yield { path: file.path, skipped: 'binary' };
      else if (!blob) yield linked(file, { path: file.path, text: '' });
      else if (blob.length > maxBytes) yield { path: file.path, skipped: `too large (${formatBytes(blob.length)}; limit ${formatBytes(maxBytes)})`, unscanned: true };
      else yield linked(file, { path: file.path, text: blob.toString('utf8') });
    }
    return;
  }
  for (const file of rest) {
    const text = wide.get(file.path);
    if (text !== undefined) {
      // Only what this commit adds, against the version in HEAD (git has no text patch for it).
      const added = addedLines(text, await blobText(root, `HEAD:${file.oldPath ?? file.path}`));
      yield linked(file, { path: file.path, text: added.text, lineNumbers: added.lineNumbers });
    } else if (file.binary) yield { path: file.path, skipped: 'binary' };
    else if (file.addedBytes > maxBytes) yield { path: file.path, skipped: `too large (${formatBytes(file.addedBytes)} added; limit ${formatBytes(maxBytes)})`, unscanned: true };
    else if (file.added.length === 0) yield linked(file, { path: file.path, text: '' });
    else yield linked(file, { path: file.path, text: file.added.map((l) => l.text).join('\n'), lineNumbers: file.added.map((l) => l.line) });
  }
}

/**
 * A text file that only an attribute made binary (`*.env -diff` in
 * .git/info/attributes would otherwise switch the hook off for every .env):
 * diffed again as text (`--text`), its old path named too so a rename is still
 * seen as one. With `fullFiles` the whole blob is read anyway: it is only no
 * longer called binary.
 */
async function unhideText(root: string, diffs: FileDiff[], blobs: StagedBlob[], heads: Map<string, Buffer>, fullFiles: boolean, attributes: AttributeFreeGit): Promise<FileDiff[]> {
  // A blob git did not answer for is taken for text: it gets scanned.
  const hidden = new Set(blobs.filter((b) => !looksBinary(heads.get(b.sha) ?? Buffer.alloc(0))).map((b) => b.path));
  if (!hidden.size) return diffs;
  if (fullFiles) return diffs.map((d) => (hidden.has(d.path) ? { ...d, binary: false } : d));
  const named = diffs.filter((d) => hidden.has(d.path)).flatMap((d) => [d.path, ...(d.oldPath ? [d.oldPath] : [])]);
  // (--numstat still says "-" for them; the patch under it is text.)
  const again = new Map((await stagedDiff(root, named.map((p) => `:(literal)${p}`), undefined, BIG_FILE, true, attributes)).map((d) => [d.path, { ...d, binary: false }]));
  return diffs.map((d) => (hidden.has(d.path) ? (again.get(d.path) ?? d) : d));
}

/**
 * A large or archive staged file: an archive is read and opened, a large text
 * streamed from its blob (a binary one is said to be binary); over the cap, unscanned.
 */
async function* largeBlob(root: string, b: StagedBlob, maxBytes: number): AsyncGenerator<SourceItem> {
  if (b.size > maxBytes) {
    // A large video or model file is binary, not unscanned text: only text over the cap blocks.
    if (!isArchivePath(b.path) && looksBinary(await blobHead(root, b.sha))) yield { path: b.path, skipped: 'binary' };
    else yield { path: b.path, skipped: `too large (${formatBytes(b.size)}; limit ${formatBytes(maxBytes)})`, unscanned: true };
    return;
  }
  if (isArchivePath(b.path)) {
    yield* expandArchive(b.path, await git(['cat-file', 'blob', b.sha], { cwd: root }), maxBytes);
    return;
  }
  const child = spawn('git', ['cat-file', 'blob', b.sha], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] });
  yield* streamText(b.path, child.stdout as AsyncIterable<Buffer>);
}

/** The slow path for a change whose patch is over PATCH_LIMIT in all: each file on its own footing. */
async function* stagedByBlob(root: string, maxBytes: number, paths: string[], fullFiles: boolean): AsyncGenerator<SourceItem> {
  const blobs = await stagedBlobs(root, paths);
  const small = blobs.filter((b) => b.size <= BIG_FILE && !isArchivePath(b.path));
  // (Many small files can add up to more than the limit too: no limit this time.)
  if (small.length) yield* stagedSource(root, maxBytes, small.map((b) => `:(literal)${b.path}`), fullFiles, Infinity);
  for (const b of blobs) if (b.size > BIG_FILE || isArchivePath(b.path)) yield* largeBlob(root, b, maxBytes);
}

export { formatBytes };

/** The item, marked when the file is a symbolic link (set, not spread in: see commitsSource). */
function linked(file: FileDiff, item: SourceItem): SourceItem {
  if (file.symlink) item.symlink = true;
  return item;
}

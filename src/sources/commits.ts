import { GIT_BIG_FILE, logPatches, type CommitFile } from '../git/log.js';
import { missingObjects, standInRepository } from '../git/missing.js';
import { git } from '../git/run.js';
import { attributeFreeGit, attributesLogStillReads } from '../git/attributes.js';
import { BlobSizes, blobHead } from '../git/cat-file.js';
import { BINARY_FORMAT, looksBinary } from './binary.js';
import { addedLines, blobText, isWideText } from './wide-text.js';
import { expandArchive, isArchivePath } from './archive.js';
import { formatBytes } from './format.js';
import { COMMIT_MESSAGE, type SourceItem } from './types.js';

/**
 * The lines each commit in a revision range adds (`git log -p`), one item per
 * commit and file, tagged with the commit, and each commit's message. What pre-push, pre-receive and
 * `scan --range` read.
 */
export async function* commitsSource(root: string, revArgs: string[], maxBytes: number, opts: { likelyShort?: boolean; skipMissing?: boolean } = {}): AsyncGenerator<SourceItem> {
  const opened = new Set<string>();
  // --skip-missing: what this clone lacks is stood in for and each change to it listed as not scanned.
  const missing = opts.skipMissing ? await missingObjects(root, revArgs) : undefined;
  const standIn = missing?.size ? { ...(await standInRepository(root, revArgs, missing)), missing } : undefined;
  const attributes = attributeFreeGit(root);
  // git reads .git/info/attributes whatever we do (and a tree's .gitattributes where it cannot be run
  // without them): a text file it calls binary is said, and fails a hook.
  const stillRead = attributesLogStillReads(attributes);
  const hidden = stillRead ? `text marked binary by ${stillRead}` : undefined;
  const sizes = new BlobSizes(root);
  try {
    for await (const commit of logPatches(root, revArgs, { likelyShort: opts.likelyShort, attributes, standIn })) {
      // A token pasted into a message is as public as one in a file (gitleaks #800).
      const author = `${commit.author} <${commit.email}>`;
      if (commit.message) yield { path: COMMIT_MESSAGE, commit: commit.sha, author, date: commit.date, text: commit.message };
      for (const file of commit.files) {
        if (file.deleted) continue;
        const base = { path: file.path, commit: commit.sha, author, date: commit.date };
        // An archive whose earlier version is missing is opened as any added archive is.
        if (standIn && file.missing && !(file.missing === 'old' && isArchivePath(file.path))) yield await besideMissing(root, file, base, sizes, maxBytes);
        else if (file.binary && file.newSha && isArchivePath(file.path)) yield* archiveAt(root, file.newSha, file.path, base, maxBytes, opened);
        else if (file.binary && file.newSha) yield await judgeBinary(root, file.newSha, base, sizes, hidden, file.oldPath);
        else if (file.binary) yield { ...base, skipped: 'binary' };
        else if (file.addedBytes > maxBytes) yield { ...base, skipped: `too large (${formatBytes(file.addedBytes)} added)`, unscanned: true };
        // symlink on every item, not only on links: objects of one shape (a property added to a few cost 4%).
        else if (file.texts.length) yield { path: file.path, commit: commit.sha, author, date: commit.date, text: file.texts.join('\n'), lineNumbers: file.lineNumbers, symlink: file.symlink };
      }
    }
  } finally {
    sizes.close();
    standIn?.close();
  }
}

/**
 * A change this clone cannot fully see. The new version missing: not scanned, said. Only the old one
 * missing: the new version is read whole, every line taken as added (lines it kept are scanned again
 * rather than not at all).
 */
async function besideMissing(root: string, file: CommitFile, base: SourceItem, sizes: BlobSizes, maxBytes: number): Promise<SourceItem> {
  if (file.missing === 'new' || !file.newSha) return { ...base, skipped: 'missing from this clone (--skip-missing)', unscanned: true };
  const size = await sizes.size(file.newSha);
  if (size > maxBytes) return { ...base, skipped: `too large (${formatBytes(size)})`, unscanned: true };
  const text = await blobText(root, file.newSha);
  if (text === undefined) return { ...base, skipped: 'binary (its earlier version is missing from this clone)' };
  const added = addedLines(text, undefined);
  return { ...base, text: added.text, lineNumbers: added.lineNumbers, symlink: file.symlink };
}

/**
 * A file git showed as binary: binary by content, unless git did not look
 * (over GIT_BIG_FILE: a text file that large is too large) or an attribute in
 * .git/info/attributes said so (`hidden`: the reason to give).
 */
async function judgeBinary(root: string, sha: string, base: SourceItem, sizes: BlobSizes, hidden: string | undefined, oldPath?: string): Promise<SourceItem> {
  const size = hidden ? 0 : await sizes.size(sha);
  // UTF-16 text (a NUL in every other byte) is text git cannot diff: its added lines are worked out
  // from the blobs. Formats binary by design are not read to ask.
  const head = BINARY_FORMAT.test(base.path) ? undefined : await blobHead(root, sha);
  if (head && isWideText(head) && size <= GIT_BIG_FILE) {
    const text = await blobText(root, sha);
    if (text !== undefined) {
      const added = addedLines(text, await blobText(root, `${base.commit}^:${oldPath ?? base.path}`));
      return { ...base, text: added.text, lineNumbers: added.lineNumbers };
    }
  }
  if (!hidden && size <= GIT_BIG_FILE) return { ...base, skipped: 'binary' };
  if (looksBinary(head ?? (await blobHead(root, sha)))) return { ...base, skipped: 'binary' };
  return { ...base, skipped: hidden && size <= GIT_BIG_FILE ? hidden : `too large (${formatBytes(size)})`, unscanned: true };
}

/**
 * An archive a commit adds, opened from its blob. Each blob is opened once per
 * scan: a cherry-pick or revert that adds the same archive again adds nothing new.
 */
async function* archiveAt(root: string, sha: string, path: string, base: Partial<SourceItem>, maxBytes: number, opened: Set<string>): AsyncGenerator<SourceItem> {
  if (opened.has(sha)) return;
  opened.add(sha);
  const size = Number((await git(['cat-file', '-s', sha], { cwd: root })).toString('utf8').trim());
  if (size > maxBytes) {
    yield { ...base, path, skipped: `too large (${formatBytes(size)})`, unscanned: true };
    return;
  }
  yield* expandArchive(path, await git(['cat-file', 'blob', sha], { cwd: root }), maxBytes, base);
}

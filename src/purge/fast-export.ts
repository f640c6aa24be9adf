import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { ByteQueue } from '../git/byte-queue.js';
import { unquote } from '../git/log.js';
import type { SecretReplacer } from './replace.js';

/**
 * Rewrites a `git fast-export --no-data` stream on its way into
 * `git fast-import`, the way git-filter-repo does, without a checkout per commit.
 *
 * The stream is a sequence of commands, each a line, some followed by a data
 * block. With --no-data, blobs are not in the stream at all: a commit refers
 * to file contents by object id, which fast-import accepts as long as the
 * object exists, so unchanged files are passed by reference and never re-read.
 *
 *   commit refs/heads/main             a commit on a ref
 *   mark :12                           its name within the stream
 *   original-oid <sha>                 its id before the rewrite (--show-original-ids)
 *   author A <a@x> 1700000000 +0000
 *   committer C <c@x> 1700000000 +0000
 *   data 23                            the message: exactly 23 raw bytes follow,
 *   <23 bytes of message>              in any encoding, then an optional LF
 *   from :11                           first parent; `merge :9` for others
 *   M 100644 <sha> path/to/file        file set to a blob (path C-quoted if unusual)
 *   M 160000 <sha> vendor/sub          submodule link: passed through
 *   D path/to/file                     file deleted
 *   (blank line)
 *   tag v1 / from :12 / tagger … / data …   an annotated tag (re-created)
 *   reset refs/tags/light / from :12   a ref set without a new commit (lightweight tags)
 *
 * What we change: `M`/`D` lines for purged paths are dropped; a file whose
 * blob contained a secret points at the cleaned blob we imported first
 * (`M 100644 :<mark> path`); secrets in commit and tag messages are replaced
 * (the data length is recomputed). Everything else passes through as is.
 */
export interface TransformOptions {
  /** True for paths to remove from every commit. */
  dropPath: (path: string) => boolean;
  /** Keep commits that the rewrite leaves without changes (git-filter-repo and BFG prune them). */
  keepEmpty?: boolean;
  /** Blobs to drop from every commit whatever their path: id → true (`--strip-blobs-bigger-than`). */
  dropBlob?: (sha: string) => boolean;
  /** Blob ids that contained secrets → the mark of their cleaned replacement. */
  blobMarks: Map<string, number>;
  replacer: SecretReplacer;
}

export interface TransformStats {
  commits: number;
  pathsDropped: number;
  blobsReplaced: number;
  messagesChanged: number;
  /** mark → original commit id, for the commit map. */
  originalIds: Map<number, string>;
  /** Commits (original ids) that the rewrite changes. */
  changedCommits: Set<string>;
  /** Dropped paths, for the report. */
  droppedPaths: Set<string>;
  /** Commits (original ids) left empty by the rewrite and pruned. */
  prunedCommits: Set<string>;
}


export async function transformStream(input: Readable, output: Writable | undefined, opts: TransformOptions): Promise<TransformStats> {
  const stats: TransformStats = { commits: 0, pathsDropped: 0, blobsReplaced: 0, messagesChanged: 0, originalIds: new Map(), changedCommits: new Set(), droppedPaths: new Set(), prunedCommits: new Set() };
  let context: 'commit' | 'tag' | 'other' = 'other';
  let mark = 0;
  let original = '';
  let pendingData = -1; // bytes of a data block still to read
  const out: Buffer[] = [];
  let outBytes = 0;

  // Synchronous: output is collected and flushed once per input chunk, so the
  // per-line work creates no promises (that alone was half the rewrite time).
  const NL = Buffer.from('\n');
  const emit = (b: Buffer | string) => {
    if (!output) return;
    const chunk = typeof b === 'string' ? (b === '\n' ? NL : Buffer.from(b, 'utf8')) : b;
    if (cur) {
      cur.out.push(chunk);
      return;
    }
    out.push(chunk);
    outBytes += chunk.length;
  };

  /*
   * Pruning. A commit is held back until its block ends (a blank line, or the
   * next command) so we know whether anything is left of it. One that had
   * file changes and lost them all, or a merge whose parents collapsed into
   * one and that changes nothing, is not written: its mark becomes an alias
   * of its first parent's (or of nothing, for a root), every later `from`,
   * `merge`, tag and reset that names it is pointed there instead, and its
   * ref is reset to that parent. Commits that were empty to begin with are
   * kept, as git-filter-repo keeps them.
   */
  const alias = new Map<number, number | null>();
  const resolve = (m: number): number | null => {
    let cur: number | null = m;
    while (cur !== null && alias.has(cur)) cur = alias.get(cur)!;
    return cur;
  };
  interface Held {
    out: Buffer[];
    ref: string;
    mark: number;
    original: string;
    changes: number;
    kept: number;
    from: number | null | undefined; // undefined: no from line; null: from a pruned root
    merges: number[];
    fromRaw: boolean; // `from <sha>` (a parent outside the export): never pruned into
  }
  let cur: Held | undefined;
  const finishCommit = () => {
    const c = cur;
    if (!c) return;
    cur = undefined;
    const parents = [...new Set([...(c.from !== undefined && c.from !== null ? [c.from] : []), ...c.merges])];
    const emptied = c.changes > 0 && c.kept === 0;
    const degenerate = c.merges.length > 0 && parents.length <= 1 && c.kept === 0;
    if (!opts.keepEmpty && !c.fromRaw && c.mark && (emptied || degenerate)) {
      const parent = parents[0] ?? null;
      alias.set(c.mark, parent);
      if (c.original) stats.prunedCommits.add(c.original);
      // The ref this commit was on now ends at its parent (a later commit on it moves it on again).
      if (parent !== null) emit(`reset ${c.ref}\nfrom :${parent}\n\n`);
      return;
    }
    for (const b of c.out) {
      out.push(b);
      outBytes += b.length;
    }
  };
  const flush = async () => {
    if (!output || out.length === 0) return;
    const data = Buffer.concat(out);
    out.length = 0;
    outBytes = 0;
    if (!output.write(data)) await once(output, 'drain');
  };
  const changed = () => {
    if (context === 'commit' && original) stats.changedCommits.add(original);
  };

  const handleLine = (line: Buffer): void => {
    // Lines are ASCII commands; paths may hold any bytes, so keep the Buffer for those.
    const head = line.subarray(0, Math.min(line.length, 16)).toString('latin1');
    if (head.startsWith('data ')) {
      pendingData = Number(line.subarray(5).toString('latin1'));
      return;
    }
    if (line.length === 0 && cur) {
      cur.out.push(NL);
      return finishCommit();
    }
    if (head.startsWith('commit ')) {
      finishCommit();
      context = 'commit';
      stats.commits++;
      mark = 0;
      original = '';
      // Held even without output (a dry run), so the commits a purge would prune are counted.
      cur = { out: [], ref: line.subarray(7).toString('utf8'), mark: 0, original: '', changes: 0, kept: 0, from: undefined, merges: [], fromRaw: false };
    } else if (head.startsWith('reset ')) {
      finishCommit();
      context = 'other';
    } else if (head.startsWith('tag ')) {
      finishCommit();
      context = 'tag';
    } else if (head.startsWith('mark :')) {
      mark = Number(line.subarray(6).toString('latin1'));
      if (cur) cur.mark = mark;
    } else if (head.startsWith('blob') || head.startsWith('done')) {
      finishCommit();
      context = 'other';
    } else if (head.startsWith('from ') || head.startsWith('merge ')) {
      const isFrom = head.startsWith('from ');
      const ref = line.subarray(isFrom ? 5 : 6).toString('latin1');
      if (ref.startsWith(':')) {
        const to = resolve(Number(ref.slice(1)));
        if (cur && context === 'commit') {
          if (isFrom) cur.from = to;
          else if (to !== null && to !== cur.from && !cur.merges.includes(to)) cur.merges.push(to);
          else return; // a merge parent that is gone, or the same as another: dropped
        }
        if (to === null) return; // a pruned root: the commit becomes a root, a tag or reset keeps no target
        emit(`${isFrom ? 'from' : 'merge'} :${to}\n`);
        return;
      }
      if (cur && context === 'commit') cur.fromRaw = true;
    } else if (head.startsWith('original-oid ')) {
      original = line.subarray(13).toString('latin1');
      if (context === 'commit' && mark) stats.originalIds.set(mark, original);
      if (cur && context === 'commit') cur.original = original;
    } else if (head === 'feature done' || head.startsWith('feature done')) {
      return; // we announced it ourselves, first in the stream
    } else if (context === 'commit' && (head.startsWith('M ') || head.startsWith('D '))) {
      return fileChange(line);
    }
    emit(line);
    emit('\n');
  };

  const fileChange = (line: Buffer): void => {
    if (cur) cur.changes++;
    if (line[0] === 0x44 /* D */) {
      const path = decodePath(line.subarray(2));
      if (opts.dropPath(path)) {
        changed();
        return;
      }
      if (cur) cur.kept++;
      emit(line);
      return emit('\n');
    }
    // M <mode> <dataref> <path>
    const s1 = line.indexOf(0x20, 2);
    const s2 = line.indexOf(0x20, s1 + 1);
    const dataref = line.subarray(s1 + 1, s2).toString('latin1');
    const path = decodePath(line.subarray(s2 + 1));
    if (opts.dropPath(path) || opts.dropBlob?.(dataref)) {
      stats.pathsDropped++;
      stats.droppedPaths.add(path);
      changed();
      return;
    }
    if (cur) cur.kept++;
    const replacement = opts.blobMarks.get(dataref);
    if (replacement !== undefined) {
      stats.blobsReplaced++;
      changed();
      emit(Buffer.concat([line.subarray(0, s1 + 1), Buffer.from(`:${replacement}`), line.subarray(s2)]));
      return emit('\n');
    }
    emit(line);
    return emit('\n');
  };

  const handleData = (data: Buffer): void => {
    let body = data;
    if ((context === 'commit' || context === 'tag') && !opts.replacer.empty) {
      const r = opts.replacer.replace(data);
      if (r.count) {
        body = r.out;
        stats.messagesChanged++;
        changed();
      }
    }
    emit(`data ${body.length}\n`);
    emit(body);
  };

  const q = new ByteQueue();
  for await (const chunk of input as AsyncIterable<Buffer>) {
    q.push(chunk);
    for (;;) {
      if (pendingData >= 0) {
        const data = q.read(pendingData);
        if (!data) break;
        pendingData = -1;
        handleData(data);
        continue;
      }
      const line = q.readLine();
      if (!line) break;
      handleLine(line);
    }
    if (outBytes >= 1 << 16) await flush();
  }
  if (q.length > 0 || pendingData >= 0) throw new Error('git fast-export stream ended in the middle of a command');
  finishCommit();
  await flush();
  return stats;
}

/** A path as written in the stream: raw bytes, or C-quoted when unusual. */
function decodePath(raw: Buffer): string {
  const s = raw.toString('utf8');
  return s.startsWith('"') ? unquote(s) : s;
}

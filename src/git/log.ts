import { spawn, type ChildProcess } from 'node:child_process';
import { LeakguardError } from '../errors.js';
import { STABLE_DIFF_FLAGS } from './diff.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitError, git, gitEnv } from './run.js';
import { attributeFreeGit, emptyTreeEnv, emptyTreeHelps, withoutAttributes, type AttributeFreeGit } from './attributes.js';
import { MissingObjectError, missingObjectIn, missingObjectMessage, type StandIn } from './missing.js';
import { trimEndOf } from '../trim.js';

export interface CommitDiff {
  sha: string;
  author: string;
  email: string;
  /** Author date, ISO 8601. */
  date: string;
  /** The full commit message (subject and body). */
  message: string;
  files: CommitFile[];
}

/** One file a commit changes: what it adds, as the lines' texts and their numbers in the new version. */
export interface CommitFile {
  path: string;
  /** Set for renames and copies. */
  oldPath?: string;
  binary: boolean;
  /** The commit deletes the file (nothing is added; removing a secret is never a leak). */
  deleted?: boolean;
  /** The new blob's id (archives are read by it). */
  newSha?: string;
  /** The new version is a symbolic link (mode 120000). */
  symlink: boolean;
  /** Only when missing objects are stood in for: which side of the change this clone lacks. */
  missing?: 'old' | 'new';
  /** Added lines in two flat arrays rather than an object per line: history scans parse millions of them. */
  texts: string[];
  lineNumbers: number[];
  addedBytes: number;
}

/** Marks the start of each commit in the stream; NUL cannot occur in a patch line of text. */
const COMMIT_MARK = '\x00leakguard-commit\x00';
const COMMIT_FORMAT = '%x00leakguard-commit%x00%H%x00%an%x00%ae%x00%aI%x00%B%x00leakguard-end';
const MESSAGE_END = '\x00leakguard-end';

/**
 * Options that make `git log -p` print what the parser below reads, whatever
 * the user's configuration. No `--diff-filter=d`: git would hide every commit
 * left without a patch (merges, commits that only delete), and with them their
 * messages; deleted files are dropped by the parser instead.
 */
const LOG_FLAGS = ['log', '-p', '-U0', '-M', '--ignore-submodules=all', '--no-abbrev-commit', '--full-index', ...STABLE_DIFF_FLAGS, `--format=${COMMIT_FORMAT}`];

/**
 * Streams `git log -p` for a revision range and yields each commit with the
 * lines it adds, newest first (git's order), never holding more than a bounded
 * number of commits in memory.
 *
 * The stream, per commit (our --format, then git's patch):
 *
 *   \0leakguard-commit\0<sha>\0<author>\0<email>\0<date>\0<message…
 *   …the message's other lines…\0leakguard-end    (a message can hold any line but a NUL)
 *   diff --git a/<path> b/<path>          one section per changed file
 *   [rename from …/rename to …/new file mode …/Binary files … differ]
 *   --- a/<path>
 *   +++ b/<path>                          C-quoted when the name is unusual
 *   @@ -a,b +c,d @@                      hunk: counts say how many lines follow
 *   +added line
 *
 * Merge commits show no patch (git's default), so a change is reported once,
 * at the commit that introduced it, not again at every merge that carries it.
 *
 * git's output is read into raw buffers as fast as git writes it and parsed
 * when the scanner asks (LogProcess), so git never waits for the scanner on a
 * large commit, nor the scanner for git on a small one.
 *
 * Several git processes when there are cores for them: producing patches is
 * single-threaded in git and is most of a history scan's cost (reading blobs
 * through delta chains, then diffing them). A long history is listed once
 * (`git rev-list`, cheap), cut into runs of consecutive commits, and the runs
 * are dealt out to `git log --no-walk --stdin` processes; their commits are
 * yielded in the original order. Consecutive runs, not single commits, because
 * neighbouring commits share delta bases: dealing out runs of 32 commits made
 * git do ~40% more work than runs of 256.
 * (Blob-level scanning — each unique blob read once — was measured and
 * rejected: every blob of real code holds some keyword, so nothing is ruled
 * out, and whole blobs are 4–5x more text to scan than the lines commits add.)
 */
export async function* logPatches(root: string, revArgs: string[], opts: LogOptions = {}): AsyncGenerator<CommitDiff> {
  const what = `git log ${revArgs.join(' ')}`;
  let free = opts.attributes ?? attributeFreeGit(root);
  const standIn = opts.standIn;
  // The stand-in is a bare git directory of its own: no work tree, so no tree attributes either.
  if (standIn) free = { ...free, args: [...free.args, '-c', 'core.bare=true'], env: { ...free.env, GIT_DIR: standIn.gitDir, GIT_IMPLICIT_WORK_TREE: '0' }, unset: [...free.unset, 'GIT_WORK_TREE', 'GIT_INDEX_FILE'], treeAttributes: false };
  // A submodule's git directory names its work tree (core.worktree): git runs from an empty one instead.
  const empty = emptyTreeHelps(free) ? mkdtempSync(join(tmpdir(), 'leakguard-empty-')) : undefined;
  if (empty) free = emptyTreeEnv(free, empty);
  try {
    yield* logWith(root, standIn?.revArgs ?? revArgs, opts, free, empty ?? root, what);
  } catch (e) {
    if (e instanceof MissingObjectError) throw new MissingObjectError(await missingObjectMessage(root, revArgs, e.oid, what), e.oid);
    throw e;
  } finally {
    if (empty) rmSync(empty, { recursive: true, force: true });
  }
}

export interface LogOptions {
  likelyShort?: boolean;
  attributes?: AttributeFreeGit;
  /** Read through a stand-in for the objects this clone lacks (see missing.ts); files touching them are marked. */
  standIn?: StandIn & { missing: Set<string> };
}

async function* logWith(root: string, revArgs: string[], opts: LogOptions, free: AttributeFreeGit, cwd: string, what: string): AsyncGenerator<CommitDiff> {
  const missing = opts.standIn?.missing;
  // A single `git log` starts at once; where the choice needs counting commits
  // (2 cores), it runs while they are counted, and is dropped if two pay.
  const single = () => new LogProcess(cwd, [...LOG_FLAGS, ...revArgs, '--'], undefined, what, free, missing);
  let started: LogProcess | undefined;
  let processes = 1;
  if (!revArgs.includes('-g')) {
    const chosen = logProcesses();
    if (chosen === 'measure') {
      started = single();
      // A push is a commit or two: counting would only start two more git processes beside the one that is
      // all but done (~3 ms of a 45 ms pre-push). Counted only if git is still at it after SHORT_RANGE_MS.
      const done = opts.likelyShort && (await started.closedWithin(SHORT_RANGE_MS));
      processes = !done && (await packPerCommit(root, revArgs)) >= HEAVY_HISTORY ? 2 : 1;
    } else processes = chosen;
  }
  if (processes === 1) {
    yield* drain(started ?? single());
    return;
  }
  started?.stop();
  let list: Buffer;
  try {
    list = await git(['rev-list', ...revArgs, '--'], { cwd: root });
  } catch (e) {
    throw new LeakguardError(`${what} failed: ${e instanceof GitError ? e.stderr : (e as Error).message}`);
  }
  // 41 bytes a line for SHA-1 ids, 65 for SHA-256 repositories.
  const line = list.indexOf(10) + 1;
  if (line <= 0) return;
  const total = Math.floor(list.length / line);
  const count = Math.max(1, Math.min(processes, Math.floor(total / MIN_COMMITS_PER_PROCESS)));
  // Runs short enough for several per process (so they finish together), long enough to keep delta bases warm.
  const run = count === 1 ? total : Math.min(MAX_RUN, Math.max(MIN_COMMITS_PER_PROCESS, Math.ceil(total / (count * 4))));
  const owner = (seq: number) => Math.floor(seq / run) % count;
  const workers: LogProcess[] = [];
  try {
    for (let w = 0; w < count; w++) {
      const parts: Buffer[] = [];
      for (let start = w * run; start < total; start += run * count) parts.push(list.subarray(start * line, Math.min(total, start + run) * line));
      workers.push(new LogProcess(cwd, [...LOG_FLAGS, '--no-walk=unsorted', '--stdin'], Buffer.concat(parts), what, free, missing));
    }
    for (let seq = 0; seq < total; seq++) {
      const expected = list.toString('latin1', seq * line, seq * line + line - 1);
      const commit = await workers[owner(seq)]!.next();
      if (!commit || commit.sha !== expected) throw new LeakguardError(`${what}: expected commit ${expected}, git printed ${commit?.sha ?? 'nothing'}`);
      yield commit;
    }
  } finally {
    for (const w of workers) w.stop();
  }
}

async function* drain(log: LogProcess): AsyncGenerator<CommitDiff> {
  try {
    for (let c = await log.next(); c; c = await log.next()) yield c;
  } finally {
    log.stop();
  }
}

const MIN_COMMITS_PER_PROCESS = 64;
/** How long a likely-short range's `git log` may run before the process count is chosen (see logPatches). */
const SHORT_RANGE_MS = 50;
const MAX_RUN = 512;
/**
 * git's own default, pinned: a file over core.bigFileThreshold is shown as binary without being read,
 * so a repository or user setting it to 1k would hide every text file over 1 KB from the history.
 * Over it, a text file is said to be too large (see commitsSource).
 */
export const GIT_BIG_FILE = 512 * 1024 * 1024;
/** How often (ms of scanning) the reader lets the event loop read the git pipes (see LogProcess.next). */
const TURN_MS = 2;
let lastTurn = 0;
/** Output one process may hold ahead of the reader before its pipe is left to fill. */
const AHEAD_BYTES = 64 * 1024 * 1024;

/**
 * One core stays with the scanner; git gets the others, up to 4
 * (LEAKGUARD_GIT_PROCESSES overrides). On 2 cores, a second `git log` pays
 * only where git's share dominates: histories of large files, where git
 * reads big blobs for small patches and the scanner waits. Measured on 2
 * cores: prettier (24 KiB of pack per commit) 1.12x → 0.90x of `git log -p`
 * with two; express (2.8 KiB) 0.67x → 0.74x and a generated 12k-commit
 * history (3.5 KiB) 1.21x → 1.37x, slower (three busy processes, two cores).
 */
function logProcesses(): number | 'measure' {
  const given = Number(process.env.LEAKGUARD_GIT_PROCESSES);
  if (Number.isInteger(given) && given >= 1) return Math.min(given, 16);
  const cores = availableParallelism();
  if (cores > 2) return Math.min(4, cores - 1);
  return cores === 2 ? 'measure' : 1;
}

/** KiB of packed objects per commit at which a 2-core machine runs two `git log` processes. */
const HEAVY_HISTORY = 12;

/** The repository's packed size over the commits to scan (counted once: a progress bar asks too). */
async function packPerCommit(root: string, revArgs: string[]): Promise<number> {
  try {
    const [objects, commits] = await Promise.all([git(['count-objects', '-v'], { cwd: root }), countCommits(root, revArgs)]);
    const kib = /^size-pack: (\d+)/m.exec(objects.toString('utf8'))?.[1];
    return Number(kib ?? 0) / Math.max(1, commits);
  } catch {
    return 0;
  }
}

/**
 * One `git log` process. Its output is kept as raw buffers (outside the JS
 * heap, so the garbage collector never walks them) until the reader asks for
 * the next commit, and parsed only then: commits die young, as they did when
 * one stream was parsed as it arrived. Past AHEAD_BYTES buffered the pipe is
 * left to fill and git waits.
 */
class LogProcess {
  private readonly child: ChildProcess;
  private readonly chunks: Buffer[] = [];
  private buffered = 0;
  private paused = false;
  private closed = false;
  private drained = false;
  private code = 0;
  private spawnError: Error | undefined;
  private readonly stderr: Buffer[] = [];
  private wake: (() => void) | undefined;
  private readonly parser: PatchStreamParser;
  private readonly decoder = new TextDecoder('utf-8', { fatal: false });
  /** Text after the last newline seen, in pieces (a huge one-line file arrives over many reads). */
  private pending: string[] = [];
  private ready: CommitDiff[] = [];
  private readyAt = 0;

  constructor(cwd: string, args: string[], stdin: Buffer | undefined, private readonly what: string, free: AttributeFreeGit, missing?: Set<string>) {
    this.parser = new PatchStreamParser(missing);
    this.child = spawn('git', [...free.args, '-c', 'core.quotePath=false', '-c', `core.bigFileThreshold=${GIT_BIG_FILE}`, ...args], {
      cwd,
      stdio: [stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
      env: withoutAttributes(gitEnv(), free),
    });
    this.child.stdout!.on('data', (b: Buffer) => {
      this.chunks.push(b);
      this.buffered += b.length;
      if (this.buffered > AHEAD_BYTES && !this.paused) {
        this.paused = true;
        this.child.stdout!.pause();
      }
      this.signal();
    });
    this.child.stderr!.on('data', (b: Buffer) => this.stderr.push(b));
    this.child.on('error', (e) => {
      this.spawnError = new LeakguardError(`could not run git: ${e.message}`);
      this.signal();
    });
    this.child.on('close', (code) => {
      this.closed = true;
      this.code = code ?? -1;
      this.signal();
    });
    if (stdin) {
      this.child.stdin!.on('error', () => {
        // git may exit early (a bad revision); its exit code says why.
      });
      this.child.stdin!.end(stdin);
    }
  }

  private signal(): void {
    const w = this.wake;
    this.wake = undefined;
    w?.();
  }

  /** The next commit; undefined at the end. */
  async next(): Promise<CommitDiff | undefined> {
    // Pipes are read only when the event loop polls, and it does not while the scanner works through
    // buffered commits (microtasks only): git would fill its 64 KB pipe and wait. A turn of the loop now
    // and then lets every git process go on writing while we scan.
    const now = performance.now();
    if (now - lastTurn > TURN_MS) {
      lastTurn = now;
      await new Promise<void>((r) => setImmediate(r));
    }
    while (this.readyAt === this.ready.length) {
      if (this.spawnError) throw this.spawnError;
      const chunk = this.chunks.shift();
      if (chunk) {
        this.buffered -= chunk.length;
        if (this.paused && this.buffered <= AHEAD_BYTES / 2) {
          this.paused = false;
          this.child.stdout!.resume();
        }
        this.parse(this.decoder.decode(chunk, { stream: true }), false);
      } else if (this.closed && !this.drained) {
        this.drained = true;
        this.parse(this.decoder.decode(), true);
        if (this.code !== 0) {
          const stderr = Buffer.concat(this.stderr).toString('utf8').trim();
          const oid = missingObjectIn(stderr);
          if (oid) throw new MissingObjectError(`${this.what} failed: ${stderr}`, oid);
          throw new LeakguardError(`${this.what} failed: ${stderr || `exit ${this.code}`}`);
        }
      } else if (this.drained) {
        return undefined;
      } else {
        await new Promise<void>((r) => (this.wake = r));
      }
    }
    return this.ready[this.readyAt++];
  }

  private parse(text: string, last: boolean): void {
    const nl = last ? text.length : text.lastIndexOf('\n');
    if (nl < 0) {
      this.pending.push(text);
      return;
    }
    this.pending.push(text.slice(0, nl));
    const complete = this.pending.length === 1 ? this.pending[0]! : this.pending.join('');
    this.pending = last ? [] : [text.slice(nl + 1)];
    this.ready = complete || !last ? this.parser.push(complete) : [];
    this.readyAt = 0;
    if (last) {
      const final = this.parser.finish();
      if (final) this.ready.push(final);
    }
  }

  /** Whether git has exited (all its output is in) within ms. */
  closedWithin(ms: number): Promise<boolean> {
    if (this.closed) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), ms);
      this.child.once('close', () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  /** The reader is done (or gave up): stop git. */
  stop(): void {
    if (!this.closed) this.child.kill();
  }
}

/** How many commits a revision range holds (for progress); 0 if git cannot say. Asked once per range. */
export function countCommits(root: string, revArgs: string[]): Promise<number> {
  const key = `${root}\0${revArgs.join('\0')}`;
  let n = counted.get(key);
  if (!n) {
    n = git(['rev-list', '--count', ...revArgs, '--'], { cwd: root }).then(
      (out) => Number(out.toString('utf8').trim()) || 0,
      () => 0,
    );
    counted.set(key, n);
  }
  return n;
}
const counted = new Map<string, Promise<number>>();

/** Incremental parser: feed it whole lines, get back the commits they complete. */
class PatchStreamParser {
  private commit: CommitDiff | undefined;
  private file: CommitFile | undefined;
  private oldLeft = 0;
  private newLeft = 0;
  private newLine = 0;
  /** Lines of the commit message being read, until its end marker. */
  private message: string[] | undefined;

  /** `missing`: objects stood in for; a file whose change involves one is marked (CommitFile.missing). */
  constructor(private readonly missing?: Set<string>) {}

  push(text: string): CommitDiff[] {
    const done: CommitDiff[] = [];
    let start = 0;
    const n = text.length;
    while (start <= n) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = n;
      // Hunk bodies are most of the stream: read in place, only added lines become strings.
      if ((this.oldLeft > 0 || this.newLeft > 0) && !this.message) this.hunkLine(text, start, end);
      else this.line(text.slice(start, end), done);
      start = end + 1;
    }
    return done;
  }

  finish(): CommitDiff | undefined {
    const c = this.commit;
    this.commit = undefined;
    return c;
  }

  /** A line inside a hunk, text[start, end): "+added", "-removed", "\\ No newline…", or context. */
  private hunkLine(text: string, start: number, end: number): void {
    const c = text.charCodeAt(start);
    if (c === 43) {
      if (this.file) {
        this.file.texts.push(text.slice(start + 1, end));
        this.file.lineNumbers.push(this.newLine);
        this.file.addedBytes += end - start;
      }
      this.newLine++;
      this.newLeft--;
    } else if (c === 45) {
      this.oldLeft--;
    } else if (c !== 92) {
      this.newLine++;
      this.oldLeft--;
      this.newLeft--;
    }
  }

  private line(line: string, done: CommitDiff[]): void {
    if (this.message) {
      if (!line.endsWith(MESSAGE_END)) {
        this.message.push(line);
        return;
      }
      this.message.push(line.slice(0, -MESSAGE_END.length));
      this.commit!.message = trimEndOf(this.message.join('\n'), '\n');
      this.message = undefined;
      return;
    }
    if (line.startsWith(COMMIT_MARK)) {
      if (this.commit) done.push(this.commit);
      const [sha = '', author = '', email = '', date = '', first = ''] = line.slice(COMMIT_MARK.length).split('\x00');
      this.commit = { sha, author, email, date, message: '', files: [] };
      this.file = undefined;
      if (line.endsWith(MESSAGE_END)) this.commit.message = first;
      else this.message = [first];
      return;
    }
    if (!this.commit) return;
    if (line.startsWith('diff --git ')) {
      // Every property set at creation, symlink too: one shape for all (adding it to express' one link cost 4%).
      this.file = { path: pathFromHeader(line), binary: false, symlink: false, texts: [], lineNumbers: [], addedBytes: 0 };
      this.commit.files.push(this.file);
    } else if (this.file) {
      this.fileHeader(line, this.file);
    }
  }

  /** A line of a file's header, or a hunk's header. */
  private fileHeader(line: string, file: CommitFile): void {
    if (line.startsWith('@@ ')) {
      const m = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (m) {
        this.oldLeft = m[1] === undefined ? 1 : Number(m[1]);
        this.newLine = Number(m[2]);
        this.newLeft = m[3] === undefined ? 1 : Number(m[3]);
      }
    } else if (line.startsWith('+++ ')) {
      // Git ends a name that holds a space with a tab, quoted or not (GNU patch's convention): not part of the name.
      const p = line.endsWith('\t') ? line.slice(4, -1) : line.slice(4);
      if (p !== '/dev/null') file.path = stripPrefix(unquote(p), 'b/');
    } else if (line.startsWith('rename to ') || line.startsWith('copy to ')) {
      file.oldPath = file.path;
      file.path = unquote(line.slice(line.indexOf(' to ') + 4));
    } else if (line.startsWith('deleted file mode ')) {
      file.deleted = true;
    } else if (line.startsWith('Binary files ') || line === 'GIT binary patch') {
      file.binary = true;
    } else if (line.startsWith('index ')) {
      const dots = line.indexOf('..');
      if (dots > 0) file.newSha = line.slice(dots + 2, line.indexOf(' ', dots) === -1 ? undefined : line.indexOf(' ', dots));
      if (line.endsWith(' 120000')) file.symlink = true;
      // diff.ts's isSymlinkHeader, written inline: a call on every header line cost express' history 3-5%.
      if (this.missing) markMissing(line, file, this.missing);
    } else if (line.charCodeAt(0) === 110 /* n */ && line.endsWith(' 120000')) {
      file.symlink = true; // "new file mode 120000", "new mode 120000"
    }
  }
}

/** `index <old>..<new>[ <mode>]`: which side, if any, is an object the clone lacks. */
function markMissing(line: string, file: CommitFile, missing: Set<string>): void {
  const dots = line.indexOf('..');
  const space = line.indexOf(' ', dots);
  if (missing.has(line.slice(dots + 2, space === -1 ? undefined : space))) file.missing = 'new';
  else if (missing.has(line.slice('index '.length, dots))) file.missing = 'old';
}

function stripPrefix(p: string, prefix: string): string {
  return p.startsWith(prefix) ? p.slice(prefix.length) : p;
}

/**
 * `diff --git a/<p> b/<p>`: for a file that is neither renamed nor copied both
 * halves are the same path, so the split is unambiguous even with spaces. A
 * later `+++`, `rename to` or `copy to` line refines it.
 */
function pathFromHeader(line: string): string {
  const rest = line.slice('diff --git '.length);
  if (rest.startsWith('"')) {
    const end = quotedEnd(rest);
    const second = rest.slice(end + 1).trim();
    return stripPrefix(unquote(second), 'b/');
  }
  const half = (rest.length - 1) / 2;
  return stripPrefix(rest.slice(half + 1), 'b/');
}

function quotedEnd(s: string): number {
  for (let i = 1; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '"') return i;
  }
  return s.length;
}

/** Undoes git's C-style quoting of unusual path names ("a\tb", "\303\244", "a\"b"). */
export function unquote(s: string): string {
  if (!s.startsWith('"') || !s.endsWith('"')) return s;
  const bytes: number[] = [];
  const body = s.slice(1, -1);
  const map: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== '\\') {
      for (const b of Buffer.from(ch, 'utf8')) bytes.push(b);
      continue;
    }
    const next = body[i + 1] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(map[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

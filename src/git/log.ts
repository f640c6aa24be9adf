import { spawn } from 'node:child_process';
import { LeakguardError } from '../errors.js';
import { STABLE_DIFF_FLAGS, type FileDiff } from './diff.js';
import { git } from './run.js';

export interface CommitDiff {
  sha: string;
  author: string;
  email: string;
  /** Author date, ISO 8601. */
  date: string;
  /** The full commit message (subject and body). */
  message: string;
  files: FileDiff[];
}

/** Marks the start of each commit in the stream; NUL cannot occur in a patch line of text. */
const COMMIT_MARK = '\x00leakguard-commit\x00';
const COMMIT_FORMAT = '%x00leakguard-commit%x00%H%x00%an%x00%ae%x00%aI%x00%B%x00leakguard-end';
const MESSAGE_END = '\x00leakguard-end';

/**
 * Streams `git log -p` for a revision range and yields each commit with the
 * lines it adds, never holding more than one commit in memory.
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
 */
export async function* logPatches(root: string, revArgs: string[]): AsyncGenerator<CommitDiff> {
  const args = [
    '-c', 'core.quotePath=false',
    'log', '-p', '-U0', '-M', '--diff-filter=d', '--ignore-submodules=all', '--no-abbrev-commit', '--full-index',
    ...STABLE_DIFF_FLAGS,
    `--format=${COMMIT_FORMAT}`,
    ...revArgs, '--',
  ];
  const child = spawn('git', args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_ALL: 'C', GIT_PAGER: 'cat' } });
  const stderr: Buffer[] = [];
  child.stderr.on('data', (b: Buffer) => stderr.push(b));
  const exit = new Promise<number>((resolve, reject) => {
    child.on('error', (e) => reject(new LeakguardError(`could not run git: ${e.message}`)));
    child.on('close', (code) => resolve(code ?? -1));
  });

  const parser = new PatchStreamParser();
  let pending = '';
  const decoder = new TextDecoder('utf-8', { fatal: false });
  try {
    for await (const buf of child.stdout as AsyncIterable<Buffer>) {
      pending += decoder.decode(buf, { stream: true });
      const nl = pending.lastIndexOf('\n');
      if (nl < 0) continue;
      const complete = pending.slice(0, nl);
      pending = pending.slice(nl + 1);
      for (const commit of parser.push(complete)) yield commit;
    }
    pending += decoder.decode();
    if (pending) for (const commit of parser.push(pending)) yield commit;
    const last = parser.finish();
    if (last) yield last;
  } finally {
    if (child.exitCode === null) child.kill();
  }
  const code = await exit;
  if (code !== 0) {
    const msg = Buffer.concat(stderr).toString('utf8').trim();
    throw new LeakguardError(`git log ${revArgs.join(' ')} failed: ${msg || `exit ${code}`}`);
  }
}

/** How many commits a revision range holds (for progress); 0 if git cannot say. */
export async function countCommits(root: string, revArgs: string[]): Promise<number> {
  try {
    const out = await git(['rev-list', '--count', ...revArgs, '--'], { cwd: root });
    return Number(out.toString('utf8').trim()) || 0;
  } catch {
    return 0;
  }
}

/** Incremental parser: feed it whole lines, get back the commits they complete. */
class PatchStreamParser {
  private commit: CommitDiff | undefined;
  private file: FileDiff | undefined;
  private oldLeft = 0;
  private newLeft = 0;
  private newLine = 0;
  /** Lines of the commit message being read, until its end marker. */
  private message: string[] | undefined;

  push(text: string): CommitDiff[] {
    const done: CommitDiff[] = [];
    let start = 0;
    const n = text.length;
    while (start <= n) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = n;
      this.line(text.slice(start, end), done);
      start = end + 1;
    }
    return done;
  }

  finish(): CommitDiff | undefined {
    const c = this.commit;
    this.commit = undefined;
    return c;
  }

  private line(line: string, done: CommitDiff[]): void {
    if (this.message) {
      if (!line.endsWith(MESSAGE_END)) {
        this.message.push(line);
        return;
      }
      this.message.push(line.slice(0, -MESSAGE_END.length));
      this.commit!.message = this.message.join('\n').replace(/\n+$/, '');
      this.message = undefined;
      return;
    }
    if (this.oldLeft > 0 || this.newLeft > 0) {
      const c = line.charCodeAt(0);
      if (c === 43) {
        if (this.file) {
          this.file.added.push({ line: this.newLine, text: line.slice(1) });
          this.file.addedBytes += line.length;
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
      this.file = { path: pathFromHeader(line), binary: false, added: [], addedBytes: 0 };
      this.commit.files.push(this.file);
    } else if (!this.file) {
      return;
    } else if (line.startsWith('@@ ')) {
      const m = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (m) {
        this.oldLeft = m[1] === undefined ? 1 : Number(m[1]);
        this.newLine = Number(m[2]);
        this.newLeft = m[3] === undefined ? 1 : Number(m[3]);
      }
    } else if (line.startsWith('+++ ')) {
      const p = line.slice(4);
      if (p !== '/dev/null') this.file.path = stripPrefix(unquote(p), 'b/');
    } else if (line.startsWith('rename to ') || line.startsWith('copy to ')) {
      this.file.oldPath = this.file.path;
      this.file.path = unquote(line.slice(line.indexOf(' to ') + 4));
    } else if (line.startsWith('Binary files ') || line === 'GIT binary patch') {
      this.file.binary = true;
    } else if (line.startsWith('index ')) {
      const dots = line.indexOf('..');
      if (dots > 0) this.file.newSha = line.slice(dots + 2, line.indexOf(' ', dots) === -1 ? undefined : line.indexOf(' ', dots));
    }
  }
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

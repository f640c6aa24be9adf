import { spawn } from 'node:child_process';
import type { Finding } from '../detect/types.js';
import { ByteQueue } from './byte-queue.js';
import { git } from './run.js';

/**
 * For history findings: is the secret still in the file at HEAD, and if not,
 * which commit removed it? Answers come from `git cat-file --batch`, fed
 * `<commit>:<path>` on stdin, so the secret never appears on a command line
 * (where other local users could read it in the process list).
 */
export async function annotatePresence(root: string, findings: Finding[]): Promise<void> {
  // (cat-file --batch reads one name per line: a path with a newline cannot be asked for.)
  const todo = findings.filter((f) => f.commit && f.secret && !f.secret.startsWith('file:') && !f.file.includes('\n'));
  if (!todo.length) return;
  const reader = new BlobReader(root);
  try {
    for (const f of todo) {
      const head = await reader.read(`HEAD:${f.file}`);
      f.presentAtHead = head !== undefined && head.includes(f.secret!);
      if (f.presentAtHead) continue;
      // Commits after the one that added it that touch the file, oldest first:
      // the first whose version lacks the secret removed it.
      const out = await git(['log', '--reverse', '--format=%H %aI', '--ancestry-path', `${f.commit}..HEAD`, '--', f.file], { cwd: root, okCodes: [128] });
      for (const line of out.toString('utf8').split('\n').filter(Boolean)) {
        const [sha, date] = line.split(' ');
        const content = await reader.read(`${sha}:${f.file}`);
        if (content === undefined || !content.includes(f.secret!)) {
          f.removedIn = { commit: sha!, date: date! };
          break;
        }
      }
    }
  } finally {
    reader.close();
  }
}

/** One long-lived `git cat-file --batch`; reads are sequential. */
class BlobReader {
  private readonly child;
  private readonly q = new ByteQueue();
  private waiting: (() => void) | undefined;

  constructor(root: string) {
    this.child = spawn('git', ['cat-file', '--batch'], { cwd: root, stdio: ['pipe', 'pipe', 'ignore'] });
    this.child.stdout.on('data', (b: Buffer) => {
      this.q.push(b);
      this.waiting?.();
    });
  }

  async read(spec: string): Promise<string | undefined> {
    this.child.stdin.write(`${spec}\n`);
    const header = await this.next(() => this.q.readLine());
    const line = header.toString('utf8');
    // "<name> missing" or "<name> ambiguous": the name itself may hold spaces, so look at the end.
    if (/ (?:missing|ambiguous)$/.test(line)) return undefined;
    const parts = line.split(' ');
    if (parts.length !== 3 || !/^\d+$/.test(parts[2]!)) return undefined;
    const size = Number(parts[2]);
    const body = await this.next(() => this.q.read(size + 1));
    return parts[1] === 'blob' ? body.subarray(0, size).toString('utf8') : undefined;
  }

  private async next(take: () => Buffer | undefined): Promise<Buffer> {
    for (;;) {
      const got = take();
      if (got) return got;
      await new Promise<void>((r) => (this.waiting = r));
    }
  }

  close(): void {
    this.child.stdin.end();
  }
}

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { ByteQueue } from './byte-queue.js';

export interface BatchObject {
  sha: string;
  type: string;
  content: Buffer;
}

/**
 * Parses `git cat-file --batch` output: per object a header line
 * `<sha> <type> <size>`, then exactly <size> bytes and a newline; a name git
 * cannot resolve gets `<name> missing` and no body (skipped here).
 */
export async function* catFileBatch(stdout: AsyncIterable<Buffer>, onMissing?: () => void): AsyncGenerator<BatchObject> {
  const q = new ByteQueue();
  let header: { sha: string; type: string; size: number } | undefined;
  for await (const chunk of stdout) {
    q.push(chunk);
    for (;;) {
      if (!header) {
        const line = q.readLine();
        if (!line) break;
        const [sha = '', type = '', size] = line.toString('latin1').split(' ');
        if (size === undefined) {
          onMissing?.(); // "<name> missing"
          continue;
        }
        header = { sha, type, size: Number(size) };
      }
      if (q.length < header.size + 1) break;
      const content = q.read(header.size)!;
      q.read(1);
      yield { sha: header.sha, type: header.type, content };
      header = undefined;
    }
  }
}

/** How much of a blob git's own binary test looks at. */
const HEAD_BYTES = 8000;

/** The first 8,000 bytes of a blob. */
export async function blobHead(root: string, sha: string): Promise<Buffer> {
  const child = spawn('git', ['cat-file', 'blob', sha], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] });
  const parts: Buffer[] = [];
  let size = 0;
  for await (const b of child.stdout as AsyncIterable<Buffer>) {
    parts.push(b);
    size += b.length;
    if (size >= HEAD_BYTES) break;
  }
  child.kill();
  return Buffer.concat(parts);
}

/** The first 8,000 bytes of each of these blobs, by id; one `git cat-file --batch` for all of them. */
export async function blobHeads(root: string, shas: string[]): Promise<Map<string, Buffer>> {
  const heads = new Map<string, Buffer>();
  if (!shas.length) return heads;
  const child = spawn('git', ['cat-file', '--batch'], { cwd: root, stdio: ['pipe', 'pipe', 'ignore'] });
  child.stdin.on('error', () => {
    // git exits early only on failure; the blobs it did not answer for are left out.
  });
  child.stdin.end(shas.join('\n') + '\n');
  for await (const obj of catFileBatch(child.stdout as AsyncIterable<Buffer>)) heads.set(obj.sha, obj.content.subarray(0, HEAD_BYTES));
  return heads;
}

/**
 * Blob sizes asked one at a time of a single `git cat-file --batch-check`
 * (started on the first question; `close` ends it): for a history scan that
 * meets a binary file now and then, one process instead of one per file.
 */
export class BlobSizes {
  private child: ChildProcessWithoutNullStreams | undefined;
  private readonly waiting: ((size: number) => void)[] = [];
  private rest = '';

  constructor(private readonly root: string) {}

  size(sha: string): Promise<number> {
    const child = (this.child ??= this.start());
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      child.stdin.write(`${sha}\n`);
    });
  }

  private start(): ChildProcessWithoutNullStreams {
    const child = spawn('git', ['cat-file', '--batch-check'], { cwd: this.root });
    child.stdout.setEncoding('latin1');
    child.stdout.on('data', (text: string) => {
      const lines = (this.rest + text).split('\n');
      this.rest = lines.pop()!;
      // "<sha> <type> <size>", or "<sha> missing" (size -1: nothing to say about it).
      for (const line of lines) this.waiting.shift()?.(Number(line.split(' ')[2] ?? -1));
    });
    const fail = () => {
      for (const w of this.waiting.splice(0)) w(-1);
    };
    child.on('error', fail);
    child.on('close', fail);
    child.stdin.on('error', fail);
    return child;
  }

  close(): void {
    this.child?.stdin.end();
  }
}

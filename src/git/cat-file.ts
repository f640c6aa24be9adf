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
export async function* catFileBatch(stdout: AsyncIterable<Buffer>): AsyncGenerator<BatchObject> {
  const q = new ByteQueue();
  let header: { sha: string; type: string; size: number } | undefined;
  for await (const chunk of stdout) {
    q.push(chunk);
    for (;;) {
      if (!header) {
        const line = q.readLine();
        if (!line) break;
        const [sha = '', type = '', size] = line.toString('latin1').split(' ');
        if (size === undefined) continue; // "<name> missing"
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

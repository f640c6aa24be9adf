import { spawn } from 'node:child_process';
import { LeakguardError } from '../errors.js';
import { catFileBatch } from '../git/cat-file.js';
import type { SecretReplacer } from './replace.js';

export interface BlobHit {
  sha: string;
  /** The content with every secret replaced. */
  cleaned: Buffer;
  occurrences: number;
}

/**
 * Streams every object of the repository once (`git cat-file --batch
 * --batch-all-objects --unordered`, pack order: fastest) and calls `onHit` for
 * each blob that contains a secret, with its cleaned content. Only those blobs
 * are re-imported; every other file is passed to fast-import by reference,
 * which is what makes a content purge fast.
 *
 * The batch format is `<sha> <type> <size>\n<size bytes>\n` per object.
 */
export async function findSecretBlobs(root: string, replacer: SecretReplacer, onHit: (hit: BlobHit) => Promise<void> | void): Promise<number> {
  return scanObjects(root, replacer, 'blob', onHit);
}

/** Every object of the given type (or of any type) whose bytes contain a secret. */
export async function scanObjects(root: string, replacer: SecretReplacer, type: 'blob' | 'any', onHit: (hit: BlobHit & { type: string }) => Promise<void> | void): Promise<number> {
  const child = spawn('git', ['cat-file', '--batch-all-objects', '--batch', '--unordered'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const stderr: Buffer[] = [];
  child.stderr.on('data', (b: Buffer) => stderr.push(b));
  const closed = new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  let hits = 0;
  for await (const obj of catFileBatch(child.stdout as AsyncIterable<Buffer>)) {
    if ((type === 'any' || obj.type === type) && replacer.contains(obj.content)) {
      const { out, count } = replacer.replace(obj.content);
      hits++;
      await onHit({ sha: obj.sha, type: obj.type, cleaned: Buffer.from(out), occurrences: count });
    }
  }
  const code = await closed;
  if (code !== 0) throw new LeakguardError(`git cat-file failed: ${Buffer.concat(stderr).toString('utf8').trim()}`);
  return hits;
}

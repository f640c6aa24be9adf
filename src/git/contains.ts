import { spawn } from 'node:child_process';
import { gitEnv } from './run.js';

/**
 * Which of these values any commit of any ref ever added or removed: one pass over `git log -p --all`,
 * searched in memory. The values are never put on a command line (`git log -S` would show them to
 * every user of the machine in the process list).
 */
export function historyContains(root: string, values: string[]): Promise<boolean[]> {
  const needles = values.map((v) => Buffer.from(v, 'utf8'));
  const found = needles.map(() => false);
  if (!needles.length) return Promise.resolve(found);
  const keep = Math.max(...needles.map((n) => n.length)) - 1;
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['log', '--all', '-p', '--no-color', '--no-ext-diff', '--no-textconv', '--format=%H'], { cwd: root, env: gitEnv(), stdio: ['ignore', 'pipe', 'ignore'] });
    let tail = Buffer.alloc(0);
    let left = needles.length;
    child.stdout.on('data', (chunk: Buffer) => {
      const buf = tail.length ? Buffer.concat([tail, chunk]) : chunk;
      needles.forEach((n, i) => {
        if (!found[i] && buf.includes(n)) {
          found[i] = true;
          left--;
        }
      });
      if (left === 0) child.kill();
      tail = keep > 0 ? Buffer.from(buf.subarray(Math.max(0, buf.length - keep))) : Buffer.alloc(0);
    });
    child.on('error', reject);
    // No commits yet (exit 128) is "in no commit".
    child.on('close', () => resolve(found));
  });
}

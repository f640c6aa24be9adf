import { describe, expect, it } from 'vitest';
import { logPatches, type CommitDiff } from '../../src/git/log.js';
import { makeRepo } from '../helpers/repo.js';

/**
 * What the history reader takes from `git log -p -U0`, on the shapes a patch
 * can have: hunks that replace lines, a last line without a newline that a
 * later commit extends ("\ No newline at end of file"), CRLF lines, content
 * that itself starts with "+" or "-", and files of one added line.
 */
async function commits(dir: string): Promise<CommitDiff[]> {
  const out: CommitDiff[] = [];
  for await (const c of logPatches(dir, ['--all'])) out.push(c);
  return out;
}

describe('logPatches', () => {
  it('gives each file its added lines, their numbers and sizes', async () => {
    const repo = makeRepo();
    repo.write('a.txt', 'l1\nl2\nl3\nl4\nl5');
    repo.write('crlf.txt', 'one\r\ntwo\r\n');
    repo.git('add', '.');
    repo.commit('first');
    repo.write('a.txt', 'l1\nX2\nl3\nl4\nl5\nl6\nl7\n');
    repo.write('crlf.txt', 'one\r\n+plus\r\n-minus\r\ntwo\r\n');
    repo.write('one.txt', 'only');
    repo.git('add', '.');
    repo.commit('second');
    const [second, first] = await commits(repo.dir);
    const file = (c: CommitDiff | undefined, p: string) => c!.files.find((f) => f.path === p)!;

    const a = file(second, 'a.txt');
    expect(a.texts.join('\n')).toBe('X2\nl5\nl6\nl7');
    expect(a.lineNumbers).toEqual([2, 5, 6, 7]);
    expect(a.addedBytes).toBe(3 + 3 + 3 + 3);

    const crlf = file(second, 'crlf.txt');
    expect(crlf.texts.join('\n')).toBe('+plus\r\n-minus\r');
    expect(crlf.lineNumbers).toEqual([2, 3]);
    expect(crlf.addedBytes).toBe('++plus\r'.length + '+-minus\r'.length);

    const one = file(second, 'one.txt');
    expect(one.texts.join('\n')).toBe('only');
    expect(one.lineNumbers).toEqual([1]);
    expect(one.addedBytes).toBe(5);

    expect(file(first, 'a.txt').texts.join('\n')).toBe('l1\nl2\nl3\nl4\nl5');
    expect(file(first, 'a.txt').lineNumbers).toEqual([1, 2, 3, 4, 5]);
    expect(file(first, 'crlf.txt').texts.join('\n')).toBe('one\r\ntwo\r');
  });
});

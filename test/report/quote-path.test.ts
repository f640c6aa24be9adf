import { describe, expect, it } from 'vitest';
import { gitignoreLiteral } from '../../src/init/gitignore.js';
import { quotePath, shellWord } from '../../src/report/quote-path.js';
import { makeRepo } from '../helpers/repo.js';

describe('file names a person reads, a shell runs, and git matches', () => {
  it.each([
    ['src/app.ts', 'src/app.ts'],
    ['docs/日本語.md', 'docs/日本語.md'],
    ['a b.txt', 'a b.txt'],
    ['evil\nname.js', '"evil\\nname.js"'],
    ['esc\u001b[2J.js', '"esc\\033[2J.js"'],
    ['tab\there', '"tab\\there"'],
    ['quote".js', '"quote\\".js"'],
    ['back\\slash', '"back\\\\slash"'],
    ['c1\u009bcontrol', '"c1\\302\\233control"'],
  ])('quotePath(%j) is %s', (name, shown) => {
    expect(quotePath(name)).toBe(shown);
  });

  it.each([
    ['plain.env', 'plain.env'],
    ['with space', "'with space'"],
    ["it's", "'it'\\''s'"],
    ['new\nline', "$'new\\x0aline'"],
  ])('shellWord(%j) is %s', (word, quoted) => {
    expect(shellWord(word)).toBe(quoted);
  });

  it('gitignoreLiteral ignores exactly the file it names, wildcards and a leading # or ! included', () => {
    const repo = makeRepo();
    const names = ['.env.prod*', '#.env.x', '!.env.y', '.env.[ab]', '.env.q?'];
    const others = ['.env.production', '.env.a', '.env.qz'];
    for (const n of [...names, ...others]) repo.write(n, 'X=1\n');
    repo.write('.gitignore', names.map((n) => `/${gitignoreLiteral(n)}`).join('\n') + '\n');
    const ignored = repo.git('ls-files', '--others', '--ignored', '--exclude-standard').trim().split('\n').sort();
    expect(ignored).toEqual([...names].sort());
  });
});

import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import { compileGlob, simpleGlob } from '../../src/config/glob.js';

const GLOBS = [
  'dist/**', 'packages/legacy/**', '**/test/**', '**/*.fixture.json', '*.fixture.json', '*.pem', 'a/*/c', 'a/**/c', '**', '*',
  'src/?.ts', 'docs/*.md', '.env', '.github/**', 'fixtures/**/*.json', '**/__snapshots__/**', 'a.b/c$d/*', 'x|y/**', 'packages/*/test/**',
  // Beyond the simple subset: minimatch answers.
  'src/**/*.{js,ts}', '!dist/**', 'a/[bc]/d', '+(a|b)/**', 'a\\*b', 'dir/', '**.js',
];
const PATHS = [
  'dist', 'dist/a.js', 'dist/x/y.js', 'packages/legacy', 'packages/legacy/a.ts', 'packages/legacy/core/b.ts', 'packages/legacyx/a.ts',
  'test/a.js', 'src/test/a.js', 'src/tests/a.js', 'x.fixture.json', 'deep/dir/x.fixture.json', 'x.fixture.jsonx', 'key.pem', 'certs/key.pem',
  'a/b/c', 'a/c', 'a/b/d/c', 'a/.b/c', 'src/a.ts', 'src/ab.ts', 'src/x/a.ts', 'docs/readme.md', 'docs/x/readme.md', '.env', 'app/.env',
  '.github/workflows/ci.yml', 'fixtures/a.json', 'fixtures/x/y/a.json', 'src/__snapshots__/a.snap', 'a.b/c$d/e', 'axb/c$d/e', 'x|y/z', 'xy/z',
  'packages/app/test/a.ts', 'packages/app/src/test/a.ts', 'src/a.js', 'a/b/d', 'a\\*b', 'a*b', 'dir/x', 'x.js', 'd/x.js',
];

describe('config globs', () => {
  it.each(GLOBS)('%s answers as minimatch does (dot: true; no "/" matches the name at any depth)', (glob) => {
    const matchBase = !glob.includes('/');
    const ours = compileGlob(glob, matchBase);
    for (const p of PATHS) expect([p, ours(p)]).toEqual([p, minimatch(p, glob, { dot: true, matchBase })]);
  });

  it('compiles the common globs itself and leaves the rest to minimatch', () => {
    for (const g of ['dist/**', '**/*.fixture.json', 'a/*/c', 'src/?.ts']) expect(simpleGlob(g)).toBeInstanceOf(RegExp);
    for (const g of ['src/**/*.{js,ts}', '!dist/**', 'a/[bc]/d', '+(a|b)/**', 'a\\*b', 'dir/', '**.js', '/abs/**', './rel/**']) expect(simpleGlob(g)).toBeUndefined();
  });
});

import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fake } from '../../src/rules/fake.js';
import { CLI, makeRepo, tempDir, type TestRepo } from '../helpers/repo.js';

const ghToken = () => fake.checksummed('ghp_');

/** A history with the leak everywhere purge must reach. */
function leakyOrigin(): { origin: TestRepo; token: string; envValue: string } {
  const origin = makeRepo();
  const token = ghToken();
  const envValue = `DB_PASSWORD=${fake.alnum(20)}`;
  origin.write('README.md', '# app\n');
  origin.write('.env', `${envValue}\n`);
  origin.write('logo.bin', Buffer.from([0, 1, 2, 3, 255, 0, 7]));
  origin.git('add', '-f', '.');
  origin.commit('init');
  origin.write('src/client.js', `const token = "${token}";\nconst other = 1;\n`);
  origin.git('add', '.');
  origin.commit(`add client with ${token} by mistake`);
  origin.git('tag', 'light');
  origin.git('tag', '-a', 'v1', '-m', 'release v1');
  origin.git('checkout', '-q', '-b', 'feature');
  origin.git('mv', 'src/client.js', 'src/api-client.js');
  origin.write('config/.env', `${envValue}\nMORE=1\n`);
  origin.git('add', '-f', '.');
  origin.commit('rename and nested env');
  origin.git('checkout', '-q', 'main');
  origin.write('docs.md', 'docs\n');
  origin.git('add', '.');
  origin.commit('docs');
  origin.git('merge', '-q', '--no-ff', '--no-edit', 'feature');
  origin.write('src/api-client.js', 'const token = process.env.TOKEN;\nconst other = 1;\n');
  origin.git('rm', '-q', '--cached', '.env', 'config/.env');
  origin.git('add', '.');
  origin.commit('fix: read token from env');
  return { origin, token, envValue };
}

/** A fresh clone (objects arrive in a pack, one reflog entry), as purge wants. */
function freshClone(origin: TestRepo): TestRepo {
  const clone = makeRepo();
  execFileSync('rm', ['-rf', clone.dir]);
  execFileSync('git', ['clone', '-q', '--no-local', origin.dir, clone.dir], { env: clone.env });
  clone.git('config', 'user.name', 'Test');
  clone.git('config', 'user.email', 'test@example.org');
  const remoteBranches = clone.git('for-each-ref', '--format=%(refname:strip=3)', 'refs/remotes/origin').split('\n').filter((b) => b && b !== 'HEAD' && b !== 'main');
  for (const b of remoteBranches) clone.git('branch', '-q', '--track', b, `origin/${b}`);
  clone.git('remote', 'remove', 'origin'); // purge rewrites local refs; keep the test about those
  return clone;
}

function allObjectsText(repo: TestRepo): string {
  return execFileSync('git', ['cat-file', '--batch-all-objects', '--batch'], { cwd: repo.dir, env: repo.env, maxBuffer: 1 << 28 }).toString('latin1');
}

function commitsMeta(repo: TestRepo): string[] {
  return repo.git('log', '--all', '--format=%an|%ae|%at|%cn|%ce|%ct|%s', '--date-order').trim().split('\n');
}

describe('leakguard purge', () => {
  it('removes files and a secret from every commit, branch and tag, verifies, and changes nothing else', () => {
    const { origin, token, envValue } = leakyOrigin();
    const repo = freshClone(origin);
    const before = { meta: commitsMeta(repo), count: repo.git('rev-list', '--all', '--count').trim(), refs: repo.git('for-each-ref', '--format=%(refname) %(objecttype)') };
    const parentsBefore = repo.git('log', '--all', '--format=%p', '--date-order').trim().split('\n').map((p) => p.split(' ').filter(Boolean).length);

    const r = repo.cli(['purge', '--path', '.env', '--secret', token]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('Verified: no purged file or secret remains');
    expect(r.stdout).not.toContain(token);
    expect(r.stdout).toMatch(/1\. Rotate the credential now/);
    expect(r.stdout).toContain('git push --force --all <remote> && git push --force --tags <remote>   (no remote is configured');

    // No trace in any object: file contents, commit and tag messages, paths.
    const objects = allObjectsText(repo);
    expect(objects).not.toContain(token);
    expect(objects).not.toContain(envValue);
    const paths = repo.git('rev-list', '--all', '--objects');
    expect(paths).not.toMatch(/(^| |\/)\.env$/m);

    // Same commits, same metadata and merge structure; messages differ only where they held the secret.
    expect(repo.git('rev-list', '--all', '--count').trim()).toBe(before.count);
    expect(commitsMeta(repo)).toEqual(before.meta.map((m) => m.replace(token, '***REMOVED***')));
    expect(repo.git('log', '--all', '--format=%p', '--date-order').trim().split('\n').map((p) => p.split(' ').filter(Boolean).length)).toEqual(parentsBefore);
    expect(repo.git('for-each-ref', '--format=%(refname) %(objecttype)')).toBe(before.refs);
    expect(repo.git('cat-file', '-p', 'v1')).toContain('tag v1\n');

    // Every other file is byte-identical at every commit (checked via the commit map).
    const mapFile = /Commit map \(old → new\): (.+)/.exec(r.stdout)![1]!;
    const pairs = readFileSync(mapFile, 'utf8').trim().split('\n').slice(1).map((l) => l.split(' '));
    expect(pairs.length).toBe(Number(before.count));
    for (const [oldSha, newSha] of pairs) {
      const oldFiles = lsTree(origin, oldSha!);
      const newFiles = lsTree(repo, newSha!);
      for (const [path, blob] of oldFiles) {
        if (path.endsWith('.env')) {
          expect(newFiles.has(path)).toBe(false);
          continue;
        }
        const content = execFileSync('git', ['cat-file', 'blob', blob], { cwd: origin.dir, env: origin.env });
        const now = execFileSync('git', ['cat-file', 'blob', newFiles.get(path)!], { cwd: repo.dir, env: repo.env });
        expect(now.equals(Buffer.from(content.toString('latin1').split(token).join('***REMOVED***'), 'latin1')), `${path} at ${oldSha}`).toBe(true);
      }
    }

    // The backup bundle restores the original exactly.
    const bundle = /Backup of all refs, taken before the rewrite: (.+)/.exec(r.stdout)![1]!;
    const restored = tempDir();
    execFileSync('git', ['clone', '-q', '--mirror', bundle, join(restored, 'r.git')]);
    const restoredRefs = execFileSync('git', ['for-each-ref', '--format=%(objectname) %(refname)'], { cwd: join(restored, 'r.git') }).toString();
    const originalRefs = origin.git('for-each-ref', '--format=%(objectname) %(refname)', 'refs/heads', 'refs/tags');
    for (const line of originalRefs.trim().split('\n')) expect(restoredRefs).toContain(line);

    // Working tree: index matches the new HEAD; the secret-bearing file is clean.
    expect(repo.git('status', '--porcelain', '--untracked-files=no')).toBe('');
  });

  it('--dry-run lists what would change and changes nothing', () => {
    const { origin, token } = leakyOrigin();
    const repo = freshClone(origin);
    const refs = repo.git('for-each-ref');
    const r = repo.cli(['purge', '--secret', token, '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Would change \d+ of \d+ commits/);
    expect(r.stdout).toContain('1 message cleaned');
    expect(repo.git('for-each-ref')).toBe(refs);
    expect(allObjectsText(repo)).toContain(token);
  });

  it('refuses a dirty working tree, and a working clone without --force', () => {
    const { origin, token } = leakyOrigin();
    origin.write('README.md', 'changed\n');
    const dirty = origin.cli(['purge', '--secret', token, '--force']);
    expect(dirty.code).toBe(2);
    expect(dirty.stderr).toContain('uncommitted changes');
    origin.git('checkout', '-q', '--', 'README.md');
    const notFresh = origin.cli(['purge', '--secret', token]);
    expect(notFresh.code).toBe(2);
    expect(notFresh.stderr).toContain('does not look like a fresh clone');
    expect(notFresh.stderr).not.toContain(token);
  });

  it('leaves the repository as it was when killed before the refs move, and a rerun succeeds', async () => {
    const { origin, token } = leakyOrigin();
    const repo = freshClone(origin);
    const refs = repo.git('for-each-ref');
    const child = spawn(process.execPath, [CLI, 'purge', '--secret', token], { cwd: repo.dir, env: { ...repo.env, LEAKGUARD_FAULT_PAUSE_BEFORE_REFS: '20000' } });
    await new Promise<void>((resolve, reject) => {
      let err = '';
      child.stderr.on('data', (b: Buffer) => {
        err += b.toString();
        if (err.includes('paused before updating refs')) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', () => reject(new Error(`purge exited before the pause: ${err}`)));
    });
    await new Promise((r) => child.on('close', r));
    expect(repo.git('for-each-ref')).toBe(refs);
    expect(repo.git('log', '--all', '--format=%s')).toContain(token);
    const again = repo.cli(['purge', '--secret', token, '--force']);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(allObjectsText(repo)).not.toContain(token);
  });

  it('purges by finding fingerprint without the user typing the secret', () => {
    const { origin, token } = leakyOrigin();
    const scan = origin.cli(['scan', '--history', '--format', 'json']);
    const fp = JSON.parse(scan.stdout).findings.find((f: { file: string }) => f.file === 'src/client.js').fingerprint as string;
    const repo = freshClone(origin);
    const r = repo.cli(['purge', '--finding', fp]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('leakguard rotate github-ghp');
    expect(allObjectsText(repo)).not.toContain(token);
    expect(repo.cli(['purge', '--finding', 'nope:123']).code).toBe(2);
  });
});

function lsTree(repo: TestRepo, commit: string): Map<string, string> {
  const out = execFileSync('git', ['ls-tree', '-r', '-z', commit], { cwd: repo.dir, env: repo.env }).toString('utf8');
  const map = new Map<string, string>();
  for (const entry of out.split('\0').filter(Boolean)) {
    const [meta, path] = entry.split('\t');
    map.set(path!, meta!.split(' ')[2]!);
  }
  return map;
}

describe('purge keeps what it does not purge byte-identical', () => {
  it('submodule links, LFS pointers, binary files and commit metadata survive a secret purge', () => {
    const origin = makeRepo();
    const token = ghToken();
    origin.write('a.txt', `token = "${token}"\n`);
    const lfs = 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n';
    origin.write('assets/big.psd', lfs);
    origin.write('bin/data.bin', Buffer.from([0, 159, 146, 150, 0, 1, 2, 255]));
    origin.git('add', '.');
    origin.git('update-index', '--add', '--cacheinfo', `160000,${'1'.repeat(40)},vendor/lib`);
    origin.commit('with a submodule, an LFS pointer and a binary');
    const repo = freshClone(origin);
    const before = repo.git('ls-tree', '-r', 'HEAD');
    const r = repo.cli(['purge', '--secret', token]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const after = repo.git('ls-tree', '-r', 'HEAD');
    const line = (s: string, p: string) => s.split('\n').find((l) => l.endsWith(`\t${p}`));
    for (const p of ['vendor/lib', 'assets/big.psd', 'bin/data.bin']) expect(line(after, p)).toBe(line(before, p));
    expect(line(after, 'a.txt')).not.toBe(line(before, 'a.txt'));
    expect(repo.git('show', 'HEAD:a.txt')).toBe('token = "***REMOVED***"\n');
    expect(repo.git('log', '-1', '--format=%an %ae %at %cn %ce %ct %s')).toBe(origin.git('log', '-1', '--format=%an %ae %at %cn %ce %ct %s'));
  });
});

describe('purge leaves nothing behind', () => {
  /** main: init, a commit touching only secrets/, a merge of a branch whose only commit touches only secrets/. */
  function withEmptied(): TestRepo {
    const origin = makeRepo();
    origin.write('app.js', 'one\n');
    origin.git('add', '.');
    origin.commit('init');
    origin.write('secrets/prod.key', `${fake.base64(64)}\n`);
    origin.git('add', '.');
    origin.commit('only the key');
    origin.git('checkout', '-q', '-b', 'side');
    origin.write('secrets/dev.key', `${fake.base64(64)}\n`);
    origin.git('add', '.');
    origin.commit('only another key');
    origin.git('checkout', '-q', 'main');
    origin.write('app.js', 'two\n');
    origin.git('add', '.');
    origin.commit('real work');
    origin.git('merge', '-q', '--no-ff', '--no-edit', 'side');
    origin.write('big.bin', Buffer.alloc(300 * 1024, 7));
    origin.git('add', '.');
    origin.commit('a big file');
    return freshClone(origin);
  }

  it('prunes commits left empty (and the merge left degenerate), records them in the commit map, and keeps the backup private', () => {
    const repo = withEmptied();
    const before = repo.git('rev-list', '--all').trim().split('\n');
    const r = repo.cli(['purge', '--path', 'secrets/', '--no-color']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('3 commits left empty pruned');
    const subjects = repo.git('log', '--all', '--format=%s').trim().split('\n');
    expect(subjects).not.toContain('only the key');
    expect(subjects).not.toContain('only another key');
    // The merge of a branch that is now empty has one parent and no change of its own: gone too.
    expect(subjects.some((s) => s.startsWith('Merge branch'))).toBe(false);
    expect([...subjects].sort()).toEqual(['a big file', 'init', 'real work']);
    expect(repo.git('rev-list', '--count', 'HEAD').trim()).toBe('3');
    expect(repo.git('log', '--format=%P', '-1', 'HEAD~1').trim().split(' ')).toHaveLength(1);
    const mapFile = /Commit map \(old → new\): (.*)/.exec(r.stdout)![1]!;
    const map = readFileSync(mapFile, 'utf8').trim().split('\n').slice(1).map((l) => l.split(' '));
    expect(map).toHaveLength(before.length);
    expect(map.filter(([, n]) => /^0+$/.test(n!))).toHaveLength(3);
    // The backup holds every purged secret: 0600 in a 0700 directory, and the way to delete it is printed.
    const bundle = /Backup of all refs, taken before the rewrite: (\S+)/.exec(r.stdout)![1]!;
    expect(statSync(bundle).mode & 0o777).toBe(0o600);
    expect(statSync(join(bundle, '..')).mode & 0o777).toBe(0o700);
    expect(statSync(mapFile).mode & 0o777).toBe(0o600);
    expect(r.stdout).toContain('leakguard purge --forget-backup');
    expect(r.stdout).toContain(`rm '${bundle}'`);
    const forget = repo.cli(['purge', '--forget-backup']);
    expect(forget.code).toBe(0);
    expect(existsSync(bundle)).toBe(false);
  });

  it('--keep-empty keeps them; --strip-blobs-bigger-than removes every large file version', () => {
    const repo = withEmptied();
    const kept = repo.cli(['purge', '--path', 'secrets/', '--keep-empty', '--no-color']);
    expect(kept.code, kept.stdout + kept.stderr).toBe(0);
    expect(repo.git('log', '--all', '--format=%s')).toContain('only the key');
    const big = repo.git('rev-parse', 'HEAD:big.bin').trim();
    const stripped = repo.cli(['purge', '--strip-blobs-bigger-than', '100KB', '--force', '--no-color']);
    expect(stripped.code, stripped.stdout + stripped.stderr).toBe(0);
    expect(stripped.stdout).toContain('remove every file version over 100KB: 1 found');
    expect(repo.git('ls-tree', '-r', '--name-only', 'HEAD')).not.toContain('big.bin');
    expect(spawnSyncGit(repo, ['cat-file', '-e', big])).not.toBe(0);
  });
});

function spawnSyncGit(repo: TestRepo, args: string[]): number {
  try {
    execFileSync('git', args, { cwd: repo.dir, env: repo.env, stdio: 'ignore' });
    return 0;
  } catch (e) {
    return (e as { status: number }).status;
  }
}

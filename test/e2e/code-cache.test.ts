import { describe, expect, it } from 'vitest';
import { chmodSync, existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fake } from '../../src/rules/fake.js';
import { makeRepo, runCli, tempDir, type TestRepo } from '../helpers/repo.js';

/** Runs the CLI with phase marks on; returns the run and how its bundle was loaded (absent: not through the cache). */
function run(repo: TestRepo, cache: string, args: string[], input?: string) {
  const r = runCli(args, repo.dir, { ...repo.env, LEAKGUARD_CODE_CACHE: cache, LEAKGUARD_TIMING: '1' }, input);
  const state = /leakguard timing:.* codeCache=(\w+)/.exec(r.stderr)?.[1];
  // The marks are ours, not the command's: compare outputs without them.
  return { ...r, stderr: r.stderr.replace(/leakguard timing:.*\n/, ''), state };
}

const files = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);

function stagedLeak(): { repo: TestRepo; token: string } {
  const repo = makeRepo();
  const token = fake.checksummed('ghp_');
  repo.write('app.js', `const token = "${token}";\n`);
  repo.git('add', '.');
  return { repo, token };
}

describe('code cache for the bundles hooks load', () => {
  it('the first hook run writes it outside the repository, later runs read it, and the results are the same', () => {
    const { repo, token } = stagedLeak();
    const cache = join(tempDir('leakguard-cache-'), 'nested', 'leakguard');
    const before = repo.git('status', '--porcelain=v1', '-z', '--ignored') + repo.git('ls-files', '-s');
    const first = run(repo, cache, ['scan', '--staged']);
    expect(first.state).toBe('miss');
    expect(files(cache)).toEqual([expect.stringMatching(/^scan-[0-9a-f]{8}\.bin$/)]);
    const second = run(repo, cache, ['scan', '--staged']);
    expect(second.state).toBe('hit');
    expect(first.code).toBe(1);
    expect([second.code, second.stdout, second.stderr]).toEqual([first.code, first.stdout, first.stderr]);
    // With paths (lint-staged) and another format: the same bundle, so the same cache.
    expect(run(repo, cache, ['scan', '--staged', 'app.js', '--format', 'json']).state).toBe('hit');
    expect(repo.git('status', '--porcelain=v1', '-z', '--ignored') + repo.git('ls-files', '-s')).toBe(before);
    // Compiled code only: nothing a run scanned is kept.
    for (const f of files(cache)) expect(readFileSync(join(cache, f)).includes(token)).toBe(false);
    // Only this user may read or write it.
    if (process.platform !== 'win32') {
      expect(statSync(cache).mode & 0o077).toBe(0);
      expect(statSync(join(cache, files(cache)[0]!)).mode & 0o077).toBe(0);
    }
  });

  it('commit-msg and pre-push go through it too; commands hooks do not run every time do not', () => {
    const { repo } = stagedLeak();
    const cache = tempDir('leakguard-cache-');
    writeFileSync(join(repo.dir, 'msg.txt'), 'Add the app\n');
    expect(run(repo, cache, ['commit-msg', 'msg.txt']).state).toBe('miss');
    expect(run(repo, cache, ['commit-msg', 'msg.txt'])).toMatchObject({ code: 0, state: 'hit' });
    repo.write('app.js', 'const x = 1;\n');
    repo.git('add', '.');
    repo.commit('clean');
    const sha = repo.git('rev-parse', 'HEAD').trim();
    const push = `refs/heads/main ${sha} refs/heads/main ${'0'.repeat(40)}\n`;
    expect(run(repo, cache, ['pre-push', 'origin'], push).state).toBe('miss');
    expect(run(repo, cache, ['pre-push', 'origin'], push)).toMatchObject({ code: 0, state: 'hit' });
    const plain = run(repo, cache, ['scan', 'app.js']);
    expect(plain.code).toBe(0);
    expect(plain.state).toBeUndefined();
    expect(files(cache).map((f) => f.replace(/-.*/, ''))).toEqual(['commit', 'pre']);
  });

  it('a damaged cache is rejected, the run is unchanged, and the cache is written again', () => {
    const { repo } = stagedLeak();
    const cache = tempDir('leakguard-cache-');
    const clean = run(repo, cache, ['scan', '--staged']);
    const [name] = files(cache);
    const file = join(cache, name!);
    const bytes = readFileSync(file);
    const header = bytes.subarray(0, bytes.indexOf(10) + 1);
    writeFileSync(file, Buffer.concat([header, Buffer.alloc(bytes.length - header.length, 0x5a)]));
    const damaged = run(repo, cache, ['scan', '--staged']);
    expect(damaged.state).toBe('rejected');
    expect([damaged.code, damaged.stdout, damaged.stderr]).toEqual([clean.code, clean.stdout, clean.stderr]);
    expect(run(repo, cache, ['scan', '--staged']).state).toBe('hit');
  });

  it('a cache made for another build of the bundle is not read', () => {
    const { repo } = stagedLeak();
    const cache = tempDir('leakguard-cache-');
    run(repo, cache, ['scan', '--staged']);
    const [name] = files(cache);
    const file = join(cache, name!);
    const bytes = readFileSync(file);
    const nl = bytes.indexOf(10);
    // Same file name, but the first line names a bundle of another size: V8 would check only the length.
    const key = JSON.parse(bytes.toString('utf8', 0, nl)) as unknown[];
    key[1] = (key[1] as number) + 1;
    writeFileSync(file, Buffer.concat([Buffer.from(JSON.stringify(key)), bytes.subarray(nl)]));
    expect(run(repo, cache, ['scan', '--staged']).state).toBe('miss');
    expect(run(repo, cache, ['scan', '--staged']).state).toBe('hit');
  });

  it('is not used where others could write to it, when turned off, or given a relative path', () => {
    const { repo } = stagedLeak();
    const shared = tempDir('leakguard-cache-');
    chmodSync(shared, 0o777);
    const open = run(repo, shared, ['scan', '--staged']);
    expect(open.code).toBe(1);
    if (process.platform !== 'win32') {
      expect(open.state).toBe('off');
      expect(files(shared)).toEqual([]);
    }
    for (const setting of ['off', 'relative/dir']) {
      const r = run(repo, setting, ['scan', '--staged']);
      expect(r).toMatchObject({ code: 1, state: 'off' });
    }
    expect(existsSync(join(repo.dir, 'relative'))).toBe(false);
  });

  it('without LEAKGUARD_CODE_CACHE it lives under XDG_CACHE_HOME, else ~/.cache', () => {
    const { repo } = stagedLeak();
    const xdg = tempDir('leakguard-xdg-');
    const env: NodeJS.ProcessEnv = { ...repo.env, LEAKGUARD_TIMING: '1', XDG_CACHE_HOME: xdg };
    delete env.LEAKGUARD_CODE_CACHE;
    runCli(['scan', '--staged'], repo.dir, env);
    expect(files(join(xdg, 'leakguard')).length).toBe(1);
    delete env.XDG_CACHE_HOME;
    runCli(['scan', '--staged'], repo.dir, env);
    expect(files(join(repo.env.HOME!, '.cache', 'leakguard')).length).toBe(1);
  });

  it('keeps the newest 8 caches of a bundle', () => {
    const { repo } = stagedLeak();
    const cache = tempDir('leakguard-cache-');
    chmodSync(cache, 0o700);
    const old = Array.from({ length: 9 }, (_, i) => `scan-0000000${i}.bin`);
    old.forEach((f, i) => {
      writeFileSync(join(cache, f), 'stale\n');
      utimesSync(join(cache, f), 1_000_000 + i, 1_000_000 + i);
    });
    writeFileSync(join(cache, 'commit-msg-00000000.bin'), 'another bundle\n');
    expect(run(repo, cache, ['scan', '--staged']).state).toBe('miss');
    const left = files(cache);
    expect(left.filter((f) => f.startsWith('scan-')).length).toBe(8);
    // The two oldest went; the new one and the other bundle's stayed.
    expect(left).not.toContain(old[0]);
    expect(left).not.toContain(old[1]);
    expect(left).toContain(old[8]);
    expect(left).toContain('commit-msg-00000000.bin');
  });
});

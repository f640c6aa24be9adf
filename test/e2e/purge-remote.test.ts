import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fake } from '../../src/rules/fake.js';
import { makeRepo, runCli, tempDir, type TestRepo } from '../helpers/repo.js';

/**
 * The whole cleanup as a user runs it from the README: clone the remote, purge, run the push
 * commands purge printed (verbatim, through sh), then look at the remote itself.
 */
interface Remote {
  dir: string;
  env: NodeJS.ProcessEnv;
  token: string;
  envValue: string;
  /** Every commit the remote had before the purge. */
  before: string[];
}

/** A bare remote with main, dev and feature (each holding the leak), a merge, lightweight and annotated tags. */
function leakyRemote(): Remote {
  const work = makeRepo();
  const token = fake.checksummed('ghp_');
  const envValue = `DB_PASSWORD=${fake.alnum(20)}`;
  work.write('README.md', '# app\n');
  work.write('.env', `${envValue}\n`);
  work.git('add', '-f', '.');
  work.commit('init');
  work.write('src/client.js', `const token = "${token}";\n`);
  work.git('add', '.');
  work.commit(`add client with ${token}`);
  work.git('tag', 'light');
  work.git('tag', '-a', 'v1', '-m', 'release v1');
  work.git('checkout', '-q', '-b', 'dev');
  work.write('src/dev.js', `export const devToken = "${token}";\n`);
  work.git('add', '.');
  work.commit('dev work');
  work.git('tag', '-a', 'dev-snapshot', '-m', 'a tag only on dev');
  work.git('checkout', '-q', '-b', 'feature', 'main');
  work.write('config/.env', `${envValue}\nMORE=1\n`);
  work.git('add', '-f', '.');
  work.commit('feature with nested env');
  work.git('checkout', '-q', 'main');
  work.write('docs.md', 'docs\n');
  work.git('add', '.');
  work.commit('docs');
  work.git('merge', '-q', '--no-ff', '--no-edit', 'feature');
  const remote = makeRepo({ bare: true });
  work.git('push', '-q', remote.dir, '--all');
  work.git('push', '-q', remote.dir, '--tags');
  const before = remote.git('rev-list', '--all').trim().split('\n');
  return { dir: remote.dir, env: remote.env, token, envValue, before };
}

function clone(remote: Remote, args: string[]): TestRepo {
  const repo = makeRepo();
  execFileSync('rm', ['-rf', repo.dir]);
  execFileSync('git', ['clone', '-q', ...args, repo.dir], { env: repo.env });
  if (!args.includes('--mirror')) {
    repo.git('config', 'user.name', 'Test');
    repo.git('config', 'user.email', 'test@example.org');
  }
  return repo;
}

/** The commands purge printed under "Force-push every branch and tag:", as printed. */
function pushCommands(stdout: string): string[] {
  const after = stdout.slice(stdout.indexOf('Force-push every branch and tag:'));
  return after.split('\n').slice(1).filter((l) => /^ {7}git push /.test(l)).map((l) => l.trim());
}

function runVerbatim(repo: TestRepo, commands: string[]): void {
  for (const cmd of commands) execFileSync('sh', ['-c', cmd], { cwd: repo.dir, env: repo.env, stdio: 'pipe' });
}

/** What the remote still reaches: no commit it had before, no token, no .env, nothing a history scan finds. */
function expectRemoteClean(remote: Remote): void {
  const reachable = execFileSync('git', ['rev-list', '--all'], { cwd: remote.dir, env: remote.env, encoding: 'utf8' }).trim().split('\n');
  const stillOld = reachable.filter((c) => remote.before.includes(c));
  // The first commit holds .env, so every old commit changed: none may remain reachable.
  expect(stillOld).toEqual([]);
  const objects = execFileSync('git', ['rev-list', '--all', '--objects'], { cwd: remote.dir, env: remote.env, encoding: 'utf8' });
  expect(objects).not.toMatch(/(^| |\/)\.env$/m);
  const log = execFileSync('git', ['log', '--all', '-p', '--format=%B'], { cwd: remote.dir, env: remote.env, encoding: 'utf8' });
  expect(log).not.toContain(remote.token);
  expect(log).not.toContain(remote.envValue);
  const scan = runCli(['scan', '--history', '--format', 'json', '--no-baseline'], remote.dir, remote.env);
  expect(scan.code, scan.stderr).toBe(0);
  expect(JSON.parse(scan.stdout).findings).toEqual([]);
  const refs = execFileSync('git', ['for-each-ref', '--format=%(refname)'], { cwd: remote.dir, env: remote.env, encoding: 'utf8' }).trim().split('\n');
  expect(refs.sort()).toEqual(['refs/heads/dev', 'refs/heads/feature', 'refs/heads/main', 'refs/tags/dev-snapshot', 'refs/tags/light', 'refs/tags/v1']);
}

describe('purge reaches every branch and tag of the remote', () => {
  it('a fresh clone: the printed push, run verbatim, leaves no old commit on any remote branch or tag; --check-remote says so', () => {
    const remote = leakyRemote();
    const repo = clone(remote, [`file://${remote.dir}`]);
    expect(repo.git('branch', '--format=%(refname:short)').trim()).toBe('main'); // dev and feature are only remote-tracking
    const r = repo.cli(['purge', '--path', '.env', '--secret', remote.token, '--no-color']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Made 2 local branches from the remote's \((dev, feature|feature, dev)\)/);
    const commands = pushCommands(r.stdout);
    expect(commands).toEqual(['git push --force --all origin && git push --force --tags origin']);
    expect(r.stdout).toContain('leakguard purge --check-remote origin');
    expect(r.stdout + r.stderr).not.toContain(remote.token);

    // Before the push, the remote still has the old commits everywhere.
    const early = repo.cli(['purge', '--check-remote', 'origin', '--no-color']);
    expect(early.code, early.stdout + early.stderr).toBe(1);
    expect(early.stdout).toMatch(/✖ refs\/heads\/dev is still at [0-9a-f]{12}, a commit the purge replaced with [0-9a-f]{12}: git push --force origin refs\/heads\/dev:refs\/heads\/dev/);
    expect(early.stdout).toMatch(/✖ refs\/tags\/v1 is still at/);
    expect(early.stdout).toMatch(/✖ origin: 6 of 6 refs may still hold the purged secrets/);

    runVerbatim(repo, commands);
    expectRemoteClean(remote);
    const after = repo.cli(['purge', '--check-remote', 'origin', '--no-color']);
    expect(after.code, after.stdout).toBe(0);
    expect(after.stdout).toContain('✔ origin: all 6 refs point at rewritten or unchanged commits.');

    // A collaborator's old branch pushed back is caught.
    execFileSync('git', ['update-ref', 'refs/heads/stale', remote.before[remote.before.length - 1]!], { cwd: remote.dir, env: remote.env });
    const back = repo.cli(['purge', '--check-remote', 'origin', '--no-color']);
    expect(back.code).toBe(1);
    expect(back.stdout).toMatch(/✖ refs\/heads\/stale is still at/);
  });

  it('a mirror clone: purge in it, then git push --mirror', () => {
    const remote = leakyRemote();
    const mirror = clone(remote, ['--mirror', `file://${remote.dir}`]);
    const r = mirror.cli(['purge', '--path', '.env', '--secret', remote.token, '--no-color']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const commands = pushCommands(r.stdout);
    expect(commands).toEqual(['git push --mirror origin']);
    runVerbatim(mirror, commands);
    expectRemoteClean(remote);
    expect(mirror.cli(['purge', '--check-remote', 'origin']).code).toBe(0);
  });

  it('a clone of a local path (objects linked, so loose) is a fresh clone; one borrowing objects (--shared) is refused with the way out', () => {
    const remote = leakyRemote();
    const local = clone(remote, [remote.dir]);
    expect(local.git('count-objects', '-v')).toMatch(/^count: [1-9]/m);
    const r = local.cli(['purge', '--secret', remote.token, '--no-color']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const shared = clone(remote, ['--shared', remote.dir]);
    const refused = shared.cli(['purge', '--secret', remote.token]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/borrows its objects from .*git clone --no-local/);
  });

  it('nothing matched (a typo, a value never committed): exit 2 naming it, no backup, no next steps, nothing changed', () => {
    const remote = leakyRemote();
    const repo = clone(remote, [`file://${remote.dir}`]);
    const refs = repo.git('for-each-ref');
    const absent = fake.alnum(24);
    for (const args of [['--path', '.evn'], ['--secret', absent], ['--path', '.env', '--path', 'secrets.yml'], ['--strip-blobs-bigger-than', '10MB']]) {
      for (const dry of [[], ['--dry-run']]) {
        const r = repo.cli(['purge', ...args, ...dry, '--no-color']);
        expect(r.code, `${args.join(' ')} ${dry.join('')}: ${r.stdout}${r.stderr}`).toBe(2);
        expect(r.stderr).toMatch(/nothing in the history matched/);
        expect(r.stdout).not.toContain('Next steps');
        expect(r.stdout).not.toContain('Verified');
        expect(r.stdout + r.stderr).not.toContain(absent);
      }
    }
    expect(repo.cli(['purge', '--path', '.evn']).stderr).toContain('--path .evn');
    expect(repo.cli(['purge', '--path', '.env', '--path', 'secrets.yml']).stderr).toMatch(/matched --path secrets\.yml\. /);
    expect(repo.cli(['purge', '--secret', absent]).stderr).toMatch(/the secret [A-Za-z0-9]{1,6}\*+…\(24 chars\)/);
    expect(repo.git('for-each-ref')).toBe(refs);
    const dir = join(repo.dir, '.git', 'leakguard');
    expect(existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.bundle')) : []).toEqual([]);
  });

  it('the printed restore brings back every branch, tag and remote-tracking ref; --dry-run counts the commits it would prune', () => {
    const remote = leakyRemote();
    const repo = clone(remote, [`file://${remote.dir}`]);
    const refsBefore = repo.git('for-each-ref', '--format=%(objectname) %(refname)');
    const dry = repo.cli(['purge', '--path', 'src/dev.js', '--dry-run', '--no-color']);
    expect(dry.code, dry.stderr).toBe(0);
    // "dev work" only added src/dev.js: removing it leaves that commit empty.
    expect(dry.stdout).toMatch(/Commits that would be left empty and pruned: 1 \([0-9a-f]{12}\)/);
    const r = repo.cli(['purge', '--secret', remote.token, '--no-color']);
    expect(r.code, r.stderr).toBe(0);
    const restore = /your way back, every branch, tag and remote-tracking ref: (git clone --mirror '[^']+' restored-repo\.git)/.exec(r.stdout)?.[1];
    expect(restore).toBeDefined();
    const where = tempDir();
    execFileSync('sh', ['-c', restore!], { cwd: where, env: repo.env });
    const restored = execFileSync('git', ['for-each-ref', '--format=%(objectname) %(refname)'], { cwd: join(where, 'restored-repo.git'), env: repo.env, encoding: 'utf8' });
    expect(restored).toBe(refsBefore);
  });
});

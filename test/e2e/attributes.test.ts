import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fake } from '../../src/rules/fake.js';
import { makeRepo, runCli, tempDir, type TestRepo } from '../helpers/repo.js';

/**
 * git calls a text file binary when an attribute says so (`-diff`, `binary`),
 * and then shows no lines for it. A committed `.gitattributes` (or a global
 * attributes file) must not switch the scanner off: every hook and scan judges
 * binary files by their content.
 */
const token = () => fake.checksummed('ghp_');
const NUL_FILE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0, 255]);

function repoWithAttributes(): TestRepo {
  const repo = makeRepo();
  repo.write('.gitattributes', '*.env -diff\nsecret.cfg binary\n*.ini diff=hidden\n');
  repo.git('config', 'diff.hidden.binary', 'true');
  repo.write('README.md', '# app\n');
  repo.git('add', '.');
  repo.commit('init');
  return repo;
}

function json(r: { stdout: string }): { file: string; line: number; commit?: string }[] {
  return (JSON.parse(r.stdout) as { findings: { file: string; line: number; commit?: string }[] }).findings;
}

function pushLines(repo: TestRepo): string {
  return `refs/heads/main ${repo.git('rev-parse', 'HEAD').trim()} refs/heads/main ${'0'.repeat(40)}\n`;
}

describe('files an attribute calls binary', () => {
  it('are scanned when staged: -diff, binary and a binary diff driver; real binaries stay binary', () => {
    const repo = repoWithAttributes();
    const [a, b, c] = [token(), token(), token()];
    repo.write('prod.env', `GITHUB_TOKEN=${a}\n`);
    repo.write('secret.cfg', `token = "${b}"\n`);
    repo.write('app.ini', `token = ${c}\n`);
    repo.write('logo.png', NUL_FILE);
    repo.git('add', '.');
    const r = repo.cli(['scan', '--staged', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(json(r).map((f) => `${f.file}:${f.line}`).sort()).toEqual(['app.ini:1', 'prod.env:1', 'secret.cfg:1']);
    expect(r.stdout).toContain('logo.png');
    for (const t of [a, b, c]) expect(r.stdout + r.stderr).not.toContain(t);
    const whole = repo.cli(['scan', '--staged', '--full-files', '--format', 'json']);
    expect(json(whole).map((f) => `${f.file}:${f.line}`).sort()).toEqual(['app.ini:1', 'prod.env:1', 'secret.cfg:1']);
  });

  it('a staged change to one scans only the lines it adds, and a rename adds none', () => {
    const repo = repoWithAttributes();
    const old = token();
    repo.write('prod.env', `A=1\nGITHUB_TOKEN=${old}\n`);
    repo.git('add', '.');
    repo.commit('existing secret (baselined elsewhere)');
    repo.write('prod.env', `A=2\nGITHUB_TOKEN=${old}\n`);
    repo.git('add', '.');
    expect(repo.cli(['scan', '--staged']).code).toBe(0);
    repo.git('reset', '-q', '--hard');
    repo.git('mv', 'prod.env', 'staging.env');
    expect(repo.cli(['scan', '--staged']).code).toBe(0);
    const fresh = token();
    repo.write('staging.env', `A=1\nGITHUB_TOKEN=${old}\nOTHER_TOKEN=${fresh}\n`);
    repo.git('add', '.');
    const r = repo.cli(['scan', '--staged', '--format', 'json']);
    expect(json(r).map((f) => `${f.file}:${f.line}`)).toEqual(['staging.env:3']);
  });

  it('a global attributes file hides nothing either', () => {
    const repo = makeRepo();
    const attrs = join(tempDir('leakguard-attrs-'), 'attributes');
    writeFileSync(attrs, '*.env -diff\n');
    repo.git('config', 'core.attributesFile', attrs);
    repo.write('README.md', '# app\n');
    repo.git('add', '.');
    repo.commit('init');
    repo.write('.env', `GITHUB_TOKEN=${token()}\n`);
    repo.git('add', '.');
    expect(repo.cli(['scan', '--staged']).code).toBe(1);
    repo.commit('leak');
    expect(repo.cli(['scan', '--history']).code).toBe(1);
    expect(repo.cli(['pre-push', 'origin'], pushLines(repo)).code).toBe(1);
  });

  it('are scanned in history and by pre-push, from the main work tree and from a linked one', () => {
    const repo = repoWithAttributes();
    repo.write('prod.env', `GITHUB_TOKEN=${token()}\n`);
    repo.write('logo.png', NUL_FILE);
    repo.git('add', '.');
    repo.commit('leak');
    const leak = repo.git('rev-parse', 'HEAD').trim();
    const r = repo.cli(['scan', '--history', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(json(r)).toMatchObject([{ file: 'prod.env', line: 1, commit: leak }]);
    expect(repo.cli(['pre-push', 'origin'], pushLines(repo)).code).toBe(1);

    const linked = join(tempDir('leakguard-wt-'), 'wt');
    repo.git('worktree', 'add', '-q', linked);
    const w = runCli(['scan', '--history', '--format', 'json'], linked, repo.env);
    expect(json(w)).toMatchObject([{ file: 'prod.env', line: 1, commit: leak }]);
  });

  it('marked binary by .git/info/attributes (which git always reads): said in history, and pre-push blocks', () => {
    const repo = makeRepo();
    repo.write('README.md', '# app\n');
    repo.write('prod.env', `GITHUB_TOKEN=${token()}\n`);
    repo.write('logo.png', NUL_FILE);
    repo.git('add', '.');
    repo.commit('leak');
    writeFileSync(join(repo.dir, '.git', 'info', 'attributes'), '# local\n*.env binary\n');
    const r = repo.cli(['scan', '--history']);
    expect(r.stdout + r.stderr).toMatch(/prod\.env — text marked binary by .*info[/\\]attributes/);
    expect(r.stdout + r.stderr).not.toMatch(/logo\.png — text marked binary/);
    const push = repo.cli(['pre-push', 'origin'], pushLines(repo));
    expect(push.code).toBe(1);
    expect(push.stdout + push.stderr).toContain('prod.env');
    // The hook diffs such a file again as text.
    repo.write('staging.env', `A=1\nGITHUB_TOKEN=${token()}\n`);
    repo.write('icon.png', NUL_FILE);
    repo.git('add', '.');
    const staged = repo.cli(['scan', '--staged', '--format', 'json']);
    expect(json(staged).map((f) => `${f.file}:${f.line}`)).toEqual(['staging.env:2']);
    repo.git('reset', '-q');
    // The same file without such a line: scanned, not said.
    writeFileSync(join(repo.dir, '.git', 'info', 'attributes'), '# nothing that hides text\n*.sh text eol=lf\n');
    expect(repo.cli(['scan', '--history']).code).toBe(1);
  });

  it('a small core.bigFileThreshold in the repository config hides nothing from history or pre-push', () => {
    const repo = makeRepo();
    repo.git('config', 'core.bigFileThreshold', '100');
    repo.write('README.md', '# app\n');
    repo.write('app.env', `${'# a comment line long enough to pass the threshold\n'.repeat(4)}GITHUB_TOKEN=${token()}\n`);
    repo.write('logo.png', Buffer.concat([NUL_FILE, Buffer.alloc(200)]));
    repo.git('add', '.');
    repo.commit('leak');
    const r = repo.cli(['scan', '--history', '--format', 'json']);
    expect(json(r)).toMatchObject([{ file: 'app.env', line: 5 }]);
    expect(repo.cli(['pre-push', 'origin'], pushLines(repo)).code).toBe(1);
  });

  it('in a submodule (its git directory names the work tree, so git cannot run bare there) nothing is hidden either', () => {
    const inner = makeRepo();
    inner.write('README.md', '# inner\n');
    inner.git('add', '.');
    inner.commit('init');
    const outer = makeRepo();
    outer.git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', inner.dir, 'sub');
    outer.commit('add the submodule');
    const sub = join(outer.dir, 'sub');
    const git = (...args: string[]) => execFileSync('git', args, { cwd: sub, env: outer.env, encoding: 'utf8' });
    git('config', 'user.name', 'Test');
    git('config', 'user.email', 'test@example.org');
    writeFileSync(join(sub, '.gitattributes'), '*.env -diff\n');
    writeFileSync(join(sub, 'prod.env'), `GITHUB_TOKEN=${token()}\n`);
    git('add', '.');
    const staged = runCli(['scan', '--staged', '--format', 'json'], sub, outer.env);
    expect(json(staged).map((f) => `${f.file}:${f.line}`)).toEqual(['prod.env:1']);
    git('commit', '-q', '--no-verify', '-m', 'leak');
    const history = runCli(['scan', '--history', '--format', 'json'], sub, outer.env);
    expect(json(history).map((f) => `${f.file}:${f.line}`)).toEqual(['prod.env:1']);
    const push = `refs/heads/main ${git('rev-parse', 'HEAD').trim()} refs/heads/main ${'0'.repeat(40)}\n`;
    expect(runCli(['pre-push', 'origin'], sub, outer.env, push).code).toBe(1);
  });

  it('a bare repository inside another repository\'s folder is read itself, not the one around it (pre-receive run by hand)', () => {
    const around = makeRepo();
    around.write('README.md', '# around\n');
    around.git('add', '.');
    around.commit('init');
    const leak = makeRepo();
    leak.write('.gitattributes', '*.env -diff\n');
    leak.git('add', '.');
    leak.commit('attributes');
    leak.write('prod.env', `GITHUB_TOKEN=${token()}\n`);
    leak.git('add', '.');
    leak.commit('leak');
    const bare = join(around.dir, 'mirror.git');
    execFileSync('git', ['clone', '-q', '--bare', leak.dir, bare], { env: around.env });
    // As during a push: the new commit's objects are there, the branch still points at the old one.
    const [sha, old] = [leak.git('rev-parse', 'HEAD').trim(), leak.git('rev-parse', 'HEAD~1').trim()];
    execFileSync('git', ['update-ref', 'refs/heads/main', old], { cwd: bare, env: around.env });
    const r = runCli(['pre-receive'], bare, around.env, `${old} ${sha} refs/heads/main\n`);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout + r.stderr).toContain('prod.env');
  });
});

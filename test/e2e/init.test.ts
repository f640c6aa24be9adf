import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fake } from '../../src/rules/fake.js';
import { CLI, makeRepo, tempDir, type TestRepo } from '../helpers/repo.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ghToken = () => fake.checksummed('ghp_');

/**
 * A `leakguard` command on PATH that runs this checkout's CLI, as a global or
 * local install would; hooks and lint-staged tasks find it there.
 */
function withLeakguardOnPath(repo: TestRepo): TestRepo {
  const bin = tempDir('leakguard-bin-');
  writeFileSync(join(bin, 'leakguard'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
  chmodSync(join(bin, 'leakguard'), 0o755);
  repo.env.PATH = `${bin}:${process.env.PATH}`;
  return repo;
}

/** `git commit` through the hooks (no --no-verify); returns exit code and output. */
function commit(repo: TestRepo, message: string, extra: string[] = []) {
  const r = spawnSync('git', ['commit', '-q', '-m', message, ...extra], { cwd: repo.dir, env: repo.env, encoding: 'utf8' });
  return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

function push(repo: TestRepo, args: string[]) {
  const r = spawnSync('git', ['push', ...args], { cwd: repo.dir, env: repo.env, encoding: 'utf8' });
  return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

function npmProject(): TestRepo {
  const repo = withLeakguardOnPath(makeRepo());
  repo.write('package.json', JSON.stringify({ name: 'app', version: '1.0.0', private: true }, null, 2) + '\n');
  return repo;
}

describe('leakguard init with husky (package.json)', () => {
  it('guards commits and pushes: token rejected with a redacted finding, clean commit passes, --no-verify caught at push', () => {
    const repo = npmProject();
    const r = repo.cli(['init']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(repo.git('config', 'core.hooksPath').trim()).toBe('.husky/_');

    repo.git('add', '-A');
    expect(commit(repo, 'set up leakguard').code).toBe(0);

    const token = ghToken();
    repo.write('src/client.js', `export const token = "${token}";\n`);
    repo.git('add', 'src/client.js');
    const blocked = commit(repo, 'add client');
    expect(blocked.code).not.toBe(0);
    expect(blocked.out).toContain('src/client.js:1:');
    expect(blocked.out).toContain('GitHub personal access token');
    expect(blocked.out).not.toContain(token);

    repo.write('src/client.js', 'export const token = process.env.GITHUB_TOKEN;\n');
    repo.git('add', 'src/client.js');
    expect(commit(repo, 'add client').code).toBe(0);

    // Bypass the pre-commit hook; the pre-push hook must still stop it.
    const remote = makeRepo({ bare: true });
    repo.git('remote', 'add', 'origin', remote.dir);
    expect(push(repo, ['-q', 'origin', 'main']).code).toBe(0);
    repo.write('src/leak.js', `const k = "${ghToken()}";\n`);
    repo.git('add', 'src/leak.js');
    expect(commit(repo, 'sneaky', ['--no-verify']).code).toBe(0);
    const pushed = push(repo, ['origin', 'main']);
    expect(pushed.code).not.toBe(0);
    expect(pushed.out).toContain('Push blocked');
    expect(pushed.out).toContain('src/leak.js:1:');
    // A new branch with the same commit is caught too; a deletion is not scanned.
    const feature = push(repo, ['origin', 'HEAD:refs/heads/feature']);
    expect(feature.code).not.toBe(0);
    expect(feature.out).toContain('Push blocked');
    expect(feature.out).toContain('src/leak.js:1:');
    expect(push(repo, ['origin', ':refs/heads/nonexistent']).out).not.toContain('Push blocked');
  });

  it('onboards: .gitignore entries added without losing lines, .env.example without values, tracked .env reported', () => {
    const repo = npmProject();
    repo.write('.gitignore', 'node_modules/\n*.pem\n');
    const password = `${fake.alnum(14)}!`;
    repo.write('.env', `# database\nDB_PASSWORD=${password}\nPORT=3000\n`);
    repo.git('add', '-f', '.env');
    repo.commit('oops');
    const r = repo.cli(['init']);
    expect(r.stdout).toContain(".env   →  git rm --cached -- '.env'");
    const ignore = readFileSync(join(repo.dir, '.gitignore'), 'utf8');
    expect(ignore.startsWith('node_modules/\n*.pem\n')).toBe(true);
    expect(ignore).toContain('\n.env\n');
    expect(ignore.match(/\*\.pem/g)).toHaveLength(1);
    const example = readFileSync(join(repo.dir, '.env.example'), 'utf8');
    expect(example).toBe('# database\nDB_PASSWORD=<db password>\nPORT=<port>\n');
    expect(r.stdout + example).not.toContain(password);
    // init does not untrack anything by itself.
    expect(repo.git('ls-files', '.env').trim()).toBe('.env');
  });

  it('is idempotent, and uninstall restores existing hook files exactly', () => {
    const repo = npmProject();
    const original = 'npm test\necho "custom check"\n';
    repo.write('.husky/pre-commit', original);
    repo.write('package.json', JSON.stringify({ name: 'app', scripts: { prepare: 'husky', test: 'true' }, devDependencies: { husky: '^9.0.0' } }, null, 2) + '\n');
    const pkgBefore = readFileSync(join(repo.dir, 'package.json'), 'utf8');
    repo.git('config', 'core.hooksPath', '.husky/_');
    repo.cli(['init']);
    const hook = readFileSync(join(repo.dir, '.husky/pre-commit'), 'utf8');
    expect(hook.startsWith(original)).toBe(true);
    expect(hook).toContain('# >>> leakguard pre-commit >>>');
    const snapshot = () => ['.husky/pre-commit', '.husky/pre-push', 'package.json', '.gitignore'].map((f) => (existsSync(join(repo.dir, f)) ? readFileSync(join(repo.dir, f), 'utf8') : null));
    const after1 = snapshot();
    const second = repo.cli(['init']);
    expect(second.stdout).toContain('nothing to change');
    expect(snapshot()).toEqual(after1);

    const u = repo.cli(['uninstall']);
    expect(u.code).toBe(0);
    expect(readFileSync(join(repo.dir, '.husky/pre-commit'), 'utf8')).toBe(original);
    expect(existsSync(join(repo.dir, '.husky/pre-push'))).toBe(false);
    expect(readFileSync(join(repo.dir, 'package.json'), 'utf8')).toBe(pkgBefore);
    expect(existsSync(join(repo.dir, '.gitignore'))).toBe(false);
  });

  it('--dry-run changes nothing', () => {
    const repo = npmProject();
    const before = repo.git('status', '--porcelain', '--ignored');
    const r = repo.cli(['init', '--dry-run']);
    expect(r.stdout).toContain('would change .husky/pre-commit');
    expect(repo.git('status', '--porcelain', '--ignored')).toBe(before);
    expect(spawnSync('git', ['config', 'core.hooksPath'], { cwd: repo.dir, env: repo.env }).status).toBe(1);
  });

  it('partial staging: a secret only in the unstaged part does not block; in the staged part it does', () => {
    const repo = npmProject();
    repo.cli(['init']);
    repo.write('notes.txt', 'one\ntwo\nthree\n');
    repo.git('add', '-A');
    expect(commit(repo, 'seed').code).toBe(0);
    repo.write('notes.txt', 'one\ntwo changed\nthree\n');
    repo.git('add', 'notes.txt');
    repo.write('notes.txt', `one\ntwo changed\nthree\nkey = "${ghToken()}"\n`);
    expect(commit(repo, 'clean part only').code).toBe(0);
    repo.git('add', 'notes.txt');
    const blocked = commit(repo, 'now the secret');
    expect(blocked.code).not.toBe(0);
    expect(blocked.out).toContain('notes.txt:4:');
    expect(blocked.out).toContain('Commit blocked');
  });

  it('a baseline-listed old finding does not block a push to a new remote', () => {
    const repo = npmProject();
    repo.write('legacy.py', `TOKEN = "${ghToken()}"\n`);
    repo.git('add', 'legacy.py');
    repo.commit('legacy');
    const r = repo.cli(['init', '--baseline', '--history']);
    expect(r.stdout).toMatch(/Recorded 1 existing finding/);
    repo.git('add', '-A');
    expect(commit(repo, 'adopt leakguard').code).toBe(0);
    const remote = makeRepo({ bare: true });
    repo.git('remote', 'add', 'origin', remote.dir);
    const p = push(repo, ['origin', 'main']);
    expect(p.code, p.out).toBe(0);
  });

  it('monorepo: package.json in a subfolder, hooks at the repository root', () => {
    const repo = withLeakguardOnPath(makeRepo());
    repo.write('web/package.json', JSON.stringify({ name: 'web' }, null, 2) + '\n');
    const r = spawnSync(process.execPath, [CLI, 'init'], { cwd: join(repo.dir, 'web'), env: repo.env, encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const pkg = JSON.parse(readFileSync(join(repo.dir, 'web/package.json'), 'utf8'));
    expect(pkg.scripts.prepare).toBe('cd .. && husky');
    expect(readFileSync(join(repo.dir, '.husky/pre-commit'), 'utf8')).toContain("'web/node_modules/.bin/leakguard'");
    repo.write('web/a.js', `x = "${ghToken()}"\n`);
    repo.git('add', 'web/a.js');
    // Blocked for the secret, by leakguard run from the root hook (not "leakguard not installed", not a crash).
    const blocked = commit(repo, 'leak');
    expect(blocked.code).not.toBe(0);
    expect(blocked.out).toContain('web/a.js:1:');
    expect(blocked.out).toContain('GitHub personal access token');
    expect(blocked.out).toContain('Commit blocked');
  });
});

describe('leakguard init with lint-staged', () => {
  it('adds leakguard as a lint-staged task, keeps the existing hook and tasks, and blocks through lint-staged', () => {
    const repo = npmProject();
    symlinkSync(join(ROOT, 'node_modules'), join(repo.dir, 'node_modules'));
    repo.write('.gitignore', 'node_modules\n');
    repo.write('package.json', JSON.stringify({ name: 'app', 'lint-staged': { '*.js': 'node --check' } }, null, 2) + '\n');
    repo.write('.husky/pre-commit', 'lint-staged\n');
    const r = repo.cli(['init']);
    expect(r.stdout).toContain('lint-staged');
    const pkg = JSON.parse(readFileSync(join(repo.dir, 'package.json'), 'utf8'));
    expect(pkg['lint-staged']).toEqual({ '*.js': 'node --check', '*': 'leakguard scan --staged' });
    expect(readFileSync(join(repo.dir, '.husky/pre-commit'), 'utf8')).toBe('lint-staged\n');
    repo.git('add', '-A');
    expect(commit(repo, 'setup').code).toBe(0);
    repo.write('a.js', `const t = "${ghToken()}";\n`);
    repo.git('add', 'a.js');
    const blocked = commit(repo, 'leak');
    expect(blocked.code).not.toBe(0);
    expect(blocked.out).toContain('GitHub personal access token');
  });
});

describe('leakguard init without package.json', () => {
  it('installs plain git hooks that block a leaking commit', () => {
    const repo = withLeakguardOnPath(makeRepo());
    const r = repo.cli(['init']);
    expect(r.stdout).toContain('plain git hooks');
    const hook = join(repo.dir, '.git/hooks/pre-commit');
    expect(readFileSync(hook, 'utf8').startsWith('#!/bin/sh\n')).toBe(true);
    repo.write('k.txt', `t = "${ghToken()}"\n`);
    repo.git('add', 'k.txt');
    const blocked = commit(repo, 'leak');
    expect(blocked.code).not.toBe(0);
    expect(blocked.out).toContain('k.txt:1:');
    expect(blocked.out).toContain('Commit blocked');
    repo.cli(['uninstall']);
    expect(existsSync(hook)).toBe(false);
  });

  it('fails clearly outside a repository', () => {
    const dir = tempDir();
    const r = spawnSync(process.execPath, [CLI, 'init'], { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CEILING_DIRECTORIES: dir } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('not inside a git repository');
  });
});

describe('leakguard init with a .lintstagedrc.json', () => {
  it('adds the task to the rc file and leaves the hook alone', () => {
    const repo = makeRepo();
    repo.write('package.json', JSON.stringify({ name: 'app' }, null, 2) + '\n');
    repo.write('.lintstagedrc.json', JSON.stringify({ '*.ts': 'tsc --noEmit' }, null, 2) + '\n');
    repo.write('.husky/pre-commit', 'npx lint-staged\n');
    repo.cli(['init']);
    expect(JSON.parse(readFileSync(join(repo.dir, '.lintstagedrc.json'), 'utf8'))).toEqual({ '*.ts': 'tsc --noEmit', '*': 'leakguard scan --staged' });
    expect(readFileSync(join(repo.dir, '.husky/pre-commit'), 'utf8')).toBe('npx lint-staged\n');
    expect(repo.cli(['init']).stdout).toContain('nothing to change');
    repo.cli(['uninstall']);
    expect(JSON.parse(readFileSync(join(repo.dir, '.lintstagedrc.json'), 'utf8'))).toEqual({ '*.ts': 'tsc --noEmit' });
  });
});

describe('init in a Node project with its own core.hooksPath, and a fresh npm project', () => {
  /** leakguard installed in the project as npm would: node_modules/leakguard (a copy of dist/ and hooks/) and a .bin shim. */
  function installLocally(repo: TestRepo): void {
    repo.write('node_modules/.bin/leakguard', `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
    chmodSync(join(repo.dir, 'node_modules/.bin/leakguard'), 0o755);
    for (const f of ['commands/scan.cjs', 'commands/init.cjs', 'index.js']) repo.write(`node_modules/leakguard/dist/${f}`, readFileSync(join(ROOT, 'dist', f)));
  }

  it('hooks in .githooks find the project install: a token is blocked, a clean commit passes', () => {
    const repo = makeRepo(); // leakguard is not on PATH here
    repo.write('package.json', JSON.stringify({ name: 'app', version: '1.0.0' }) + '\n');
    repo.write('.githooks/pre-commit', '#!/bin/sh\necho "team hook ran"\n');
    chmodSync(join(repo.dir, '.githooks/pre-commit'), 0o755);
    repo.git('config', 'core.hooksPath', '.githooks');
    installLocally(repo);
    const r = repo.cli(['init']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain("running the project's node_modules/.bin/leakguard");
    expect(r.stdout).not.toContain('must be on PATH');
    expect(readFileSync(join(repo.dir, '.githooks/pre-commit'), 'utf8')).toContain('team hook ran');
    repo.git('add', '.gitignore', 'package.json', '.githooks');
    const clean = commit(repo, 'set up');
    expect(clean.code, clean.out).toBe(0);
    expect(clean.out).toContain('team hook ran');
    expect(clean.out).not.toContain('not installed');
    repo.write('src/a.js', `const t = "${ghToken()}";\n`);
    repo.git('add', 'src/a.js');
    const blocked = commit(repo, 'add a');
    expect(blocked.code).not.toBe(0);
    expect(blocked.out).toContain('src/a.js:1:');
  });

  it('names the project\'s package manager, and a hook that cannot run says why and the command that fixes it', () => {
    const repo = makeRepo(); // not on PATH, not installed yet
    repo.write('package.json', JSON.stringify({ name: 'app', version: '1.0.0' }) + '\n');
    repo.write('pnpm-lock.yaml', 'lockfileVersion: 9.0\n');
    repo.write('.githooks/.keep', '');
    repo.git('config', 'core.hooksPath', '.githooks');
    const r = repo.cli(['init']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('Package manager: pnpm, from pnpm-lock.yaml');
    repo.git('add', 'package.json');
    const notInstalled = commit(repo, 'x');
    expect(notInstalled.code).not.toBe(0);
    expect(notInstalled.out).toContain('not installed (run pnpm install)');
    // Installed but broken (here: a bin that cannot execute its target): not a verdict, a clear cause.
    repo.write('node_modules/.bin/leakguard', '#!/bin/sh\nexit 127\n');
    chmodSync(join(repo.dir, 'node_modules/.bin/leakguard'), 0o755);
    const broken = commit(repo, 'x');
    expect(broken.code).not.toBe(0);
    expect(broken.out).toContain('could not run');
    expect(broken.out).toContain('Fix: pnpm install');
  });

  it('Yarn Berry gets husky in postinstall (it runs no prepare); a husky 4 config is pointed out; uninstall restores package.json', () => {
    const repo = withLeakguardOnPath(makeRepo());
    const original = JSON.stringify({ name: 'app', version: '1.0.0', husky: { hooks: { 'pre-commit': 'npm test' } } }, null, 2) + '\n';
    repo.write('package.json', original);
    repo.write('yarn.lock', '');
    repo.write('.yarnrc.yml', 'nodeLinker: node-modules\n');
    const r = repo.cli(['init']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('Package manager: yarn (Yarn Berry)');
    expect(r.stdout).toContain('husky 4 "husky.hooks" config');
    expect(r.stdout).toContain('yarn install');
    const pkg = JSON.parse(readFileSync(join(repo.dir, 'package.json'), 'utf8'));
    expect(pkg.scripts).toEqual({ postinstall: 'husky' });
    expect(repo.cli(['uninstall']).code).toBe(0);
    expect(readFileSync(join(repo.dir, 'package.json'), 'utf8')).toBe(original);
  });

  it('a fresh npm project: node_modules/ is ignored and the first scan reports nothing from leakguard itself', () => {
    const repo = withLeakguardOnPath(makeRepo());
    repo.write('package.json', JSON.stringify({ name: 'fresh', version: '1.0.0', scripts: { test: 'echo' } }, null, 2) + '\n');
    repo.write('index.js', 'console.log("hello")\n');
    installLocally(repo);
    const r = repo.cli(['init']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(readFileSync(join(repo.dir, '.gitignore'), 'utf8')).toContain('node_modules/');
    expect(r.stdout).toMatch(/Working tree: (no secrets|0 findings)|no secrets found/i);
    expect(r.stdout).not.toContain('node_modules/leakguard');
    const scan = JSON.parse(repo.cli(['scan', '--format', 'json']).stdout);
    expect(scan.findings.filter((f: { blocking: boolean }) => f.blocking)).toEqual([]);
  });
});

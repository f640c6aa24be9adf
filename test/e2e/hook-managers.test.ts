import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fake } from '../../src/rules/fake.js';
import { CLI, makeRepo, type TestRepo } from '../helpers/repo.js';

/**
 * init inside a project that already has a hook manager: leakguard is added to
 * that manager's config (no second manager), the manager's own installer writes
 * the git hooks, commits and messages are guarded, and uninstall restores the
 * config byte for byte. The managers are the real ones, installed by .ci/run
 * into .ci/tools (tests do not reach the registry).
 */
const TOOLS = fileURLToPath(new URL('../../.ci/tools/node_modules', import.meta.url));
const LEFTHOOK = join(TOOLS, 'lefthook-linux-x64/bin/lefthook');
const SGH = join(TOOLS, 'simple-git-hooks/cli.js');
const have = { lefthook: existsSync(LEFTHOOK), sgh: existsSync(SGH), preCommit: spawnSync('pre-commit', ['--version'], { stdio: 'ignore' }).status === 0 };
if (process.env.CI && (!have.lefthook || !have.sgh)) throw new Error('lefthook/simple-git-hooks missing: .ci/run installs them into .ci/tools');
if (!have.lefthook || !have.sgh) console.log(`hook-managers: skipped ${!have.lefthook ? 'lefthook ' : ''}${!have.sgh ? 'simple-git-hooks ' : ''}(run .ci/run, or npm install --prefix .ci/tools --ignore-scripts lefthook simple-git-hooks)`);

const ghToken = () => fake.checksummed('ghp_');

function bin(repo: TestRepo, name: string, script: string): void {
  repo.write(`node_modules/.bin/${name}`, `#!/bin/sh\n${script}\n`);
  chmodSync(join(repo.dir, `node_modules/.bin/${name}`), 0o755);
}

function commit(repo: TestRepo, message: string) {
  const r = spawnSync('git', ['commit', '-q', '-m', message], { cwd: repo.dir, env: repo.env, encoding: 'utf8' });
  return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

function project(): TestRepo {
  const repo = makeRepo();
  repo.write('.gitignore', 'node_modules/\n');
  bin(repo, 'leakguard', `exec "${process.execPath}" "${CLI}" "$@"`);
  return repo;
}

function guarded(repo: TestRepo, configFile: string, opts: { push: boolean } = { push: true }): void {
  const r = repo.cli(['init']);
  expect(r.code, r.stdout + r.stderr).toBe(0);
  expect(r.stdout).not.toContain('.husky');
  expect(existsSync(join(repo.dir, '.husky'))).toBe(false);
  expect(r.stdout).toContain('to update the git hooks');
  repo.git('add', '.gitignore', configFile, 'package.json');
  const clean = commit(repo, 'set up');
  expect(clean.code, clean.out).toBe(0);
  expect(clean.out).toContain('team hook ran');
  repo.write('src/a.js', `const t = "${ghToken()}";\n`);
  repo.git('add', 'src/a.js');
  const blocked = commit(repo, 'add a');
  expect(blocked.code, blocked.out).not.toBe(0);
  expect(blocked.out).toContain('src/a.js:1:');
  repo.git('reset', '-q');
  repo.write('src/a.js', 'const t = process.env.T;\n');
  repo.git('add', 'src/a.js');
  const message = commit(repo, `fix, old token ${ghToken()}`);
  expect(message.code, message.out).not.toBe(0);
  expect(message.out).toContain('commit message of');
  if (!opts.push) return;
  // What --no-verify let through is stopped at push.
  const remote = makeRepo({ bare: true });
  repo.git('remote', 'add', 'origin', remote.dir);
  repo.git('commit', '-q', '--no-verify', '-m', 'clean message');
  expect(spawnSync('git', ['push', '-q', 'origin', 'main'], { cwd: repo.dir, env: repo.env }).status).toBe(0);
  repo.write('src/b.js', `const t = "${ghToken()}";\n`);
  repo.git('add', 'src/b.js');
  repo.git('commit', '-q', '--no-verify', '-m', 'sneaky');
  const push = spawnSync('git', ['push', 'origin', 'main'], { cwd: repo.dir, env: repo.env, encoding: 'utf8' });
  expect(push.status, push.stdout + push.stderr).not.toBe(0);
  expect(push.stdout + push.stderr).toContain('src/b.js:1:');
}

describe('init with the project\'s own hook manager', () => {
  it.skipIf(!have.lefthook)('lefthook: commands in lefthook.yml, hooks by lefthook install, uninstall restores the file', () => {
    const repo = project();
    repo.write('package.json', JSON.stringify({ name: 'app', version: '1.0.0' }, null, 2) + '\n');
    const original = '# team hooks\npre-commit:\n  commands:\n    team:\n      run: echo "team hook ran"\n';
    repo.write('lefthook.yml', original);
    bin(repo, 'lefthook', `exec "${LEFTHOOK}" "$@"`);
    guarded(repo, 'lefthook.yml');
    const yml = readFileSync(join(repo.dir, 'lefthook.yml'), 'utf8');
    expect(yml).toContain('# team hooks');
    expect(yml).toContain('use_stdin: true');
    const u = repo.cli(['uninstall']);
    expect(u.code, u.stdout + u.stderr).toBe(0);
    expect(readFileSync(join(repo.dir, 'lefthook.yml'), 'utf8')).toBe(original);
  });

  it.skipIf(!have.preCommit)('the pre-commit framework: a local leakguard hook in .pre-commit-config.yaml, installed by pre-commit, removed exactly', () => {
    const repo = project();
    repo.env.PRE_COMMIT_HOME = join(repo.dir, '..', `pre-commit-home-${Date.now()}`);
    repo.write('package.json', JSON.stringify({ name: 'app', version: '1.0.0' }, null, 2) + '\n');
    const original = 'repos:\n  - repo: local\n    hooks:\n      - id: team\n        name: team\n        entry: echo "team hook ran"\n        language: system\n        pass_filenames: false\n        always_run: true\n        verbose: true\n';
    repo.write('.pre-commit-config.yaml', original);
    guarded(repo, '.pre-commit-config.yaml', { push: false });
    const u = repo.cli(['uninstall']);
    expect(u.code, u.stdout + u.stderr).toBe(0);
    expect(readFileSync(join(repo.dir, '.pre-commit-config.yaml'), 'utf8')).toBe(original);
  }, 120_000);

  it.skipIf(!have.sgh)('simple-git-hooks: leakguard first in its package.json commands, hooks by its CLI, uninstall restores package.json', () => {
    const repo = project();
    const original = JSON.stringify({ name: 'app', version: '1.0.0', 'simple-git-hooks': { 'pre-commit': 'echo "team hook ran"' } }, null, 2) + '\n';
    repo.write('package.json', original);
    bin(repo, 'simple-git-hooks', `exec "${process.execPath}" "${SGH}" "$@"`);
    guarded(repo, 'package.json');
    const pkg = JSON.parse(readFileSync(join(repo.dir, 'package.json'), 'utf8'));
    expect(pkg['simple-git-hooks']['pre-commit']).toBe('node_modules/.bin/leakguard scan --staged && echo "team hook ran"');
    const u = repo.cli(['uninstall']);
    expect(u.code, u.stdout + u.stderr).toBe(0);
    expect(readFileSync(join(repo.dir, 'package.json'), 'utf8')).toBe(original);
  });
});
